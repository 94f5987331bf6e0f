package org.civicgrid.recognition.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.UserSummary;
import org.civicgrid.recognition.CampaignManagement;
import org.civicgrid.recognition.CampaignManagement.CreateCampaign;
import org.civicgrid.recognition.CampaignManagement.NewCandidate;
import org.civicgrid.recognition.CampaignView;
import org.civicgrid.recognition.CandidateView;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.demo.StartupDataset;
import org.springframework.stereotype.Component;

/**
 * The seeds' public votes: the May 2023 湖南好人 candidates 张满珍 (乐善) and 邓成明 (孝老爱亲), voted on 8–23 May
 * and since published; 袁家湾社区's 最美邻居 with the retired couple 向延国 and 彭月凤; and a 最美邻居 selection open
 * now in 小湖塘社区 whose candidates are composed in their spirit (invented neighbours, not people from the seeds).
 */
@Component
class RecognitionDemoData implements StartupDataset {

    private final CampaignManagement campaigns;
    private final CampaignRepository campaignRepository;
    private final VoteRepository votes;
    private final AccountManagement accounts;
    private final Regions regions;
    private final Clock clock;

    RecognitionDemoData(CampaignManagement campaigns, CampaignRepository campaignRepository, VoteRepository votes,
            AccountManagement accounts, Regions regions, Clock clock) {
        this.campaigns = campaigns;
        this.campaignRepository = campaignRepository;
        this.votes = votes;
        this.accounts = accounts;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public String name() { return "recognition.demo"; }

    @Override
    public int order() { return 60; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        goodPeopleMay2023();
        OffsetDateTime now = OffsetDateTime.now(clock);
        campaigns.register(new CreateCampaign("袁家湾社区“最美邻居”评选", now.minusDays(2), now.plusDays(20), "ONE_PER_DAY",
                1, List.of(
                        new NewCandidate("向延国", "最美邻居", "74岁，原中南无线电厂退休工人，年轻时学过三年理发。退休后每天下午2点到4点"
                                + "在中南路49栋楼下的树荫里为居民义务理发，还常上门为孤寡老人和残疾人理发；怕居民跑空路，"
                                + "在树上挂起“义务理发，下午2点—4点”的提示牌。", "荷塘区月塘街道袁家湾社区"),
                        new NewCandidate("彭月凤", "最美邻居", "退休教师，居民口中的“保洁护绿之星”：义务清扫单元楼道、"
                                + "清理枯枝落叶、浇水修剪绿化带；和老伴自费买来砂纸油漆，把整栋楼生锈的楼梯栏杆和单元铁门"
                                + "除锈刷漆。到广西女儿家小住时，也在那边的小区打扫卫生。", "荷塘区月塘街道袁家湾社区")),
                "在向延国、彭月凤夫妇影响下，不少居民养成了不乱丢垃圾、顺手带走楼道果皮纸屑的习惯。为身边的好邻居点赞，"
                        + "每位候选人每人每天可投一票。", "BEST_NEIGHBOUR", null), region("袁家湾社区"), "system");
        campaigns.register(new CreateCampaign("小湖塘社区“最美邻居”评选", now.minusDays(1), now.plusDays(30),
                "ONE_PER_CANDIDATE", 1, List.of(
                        new NewCandidate("刘师傅", "热心助邻", "退休钳工，楼里谁家水龙头漏水、灯不亮，喊一声就带着工具箱上门，"
                                + "从不收钱。", "小湖塘社区第3网格"),
                        new NewCandidate("陈老师", "保洁护绿", "退休语文老师，每周清扫单元楼道，给楼下花坛浇水，"
                                + "还在四点半课堂义务辅导孩子写作文。", "小湖塘社区第5网格"),
                        new NewCandidate("周阿姨", "关爱老人", "每天上午去看望同楼的独居老人，帮忙买菜、量血压，"
                                + "老人生病时陪同就医。", "小湖塘社区第8网格")),
                "社区“幸福邻里节”活动之一：推选身边的最美邻居。候选人由各网格推荐，每位候选人每人限投一票。"
                        + "（演示数据：候选人为虚构人物）", "BEST_NEIGHBOUR", null), region("小湖塘社区"), "system");
    }

    /** 8–23 May 2023 inclusive, Asia/Shanghai: [05-08 00:00, 05-24 00:00); a few residents' votes, then published. */
    private void goodPeopleMay2023() {
        CampaignView c = campaigns.register(new CreateCampaign("2023年5月“湖南好人”候选人点赞评议",
                OffsetDateTime.parse("2023-05-08T00:00:00+08:00"), OffsetDateTime.parse("2023-05-24T00:00:00+08:00"),
                "ONE_PER_DAY", 1, List.of(
                        new NewCandidate("张满珍", "乐善", "芦淞区博爱志愿者联合会执行会长。2018年初，为了让天不亮就上岗的环卫工人"
                                + "吃上一口热乎早餐，她带领团队发起“环卫工驿站爱心早餐项目”，每天为当班的环卫工友免费送上早餐。"
                                + "驿站运营近5年，她每年有200多天在志愿服务中度过，项目已为300多名环卫工友送出12.6万余份爱心早餐。",
                                "芦淞区博爱志愿者联合会"),
                        new NewCandidate("邓成明", "孝老爱亲", "炎陵县奎溪乡菜坪村家喻户晓的好丈夫。1988年，妻子黄桂香摔倒致颈椎"
                                + "神经坏死、失去行动能力。35年来，他每天端水喂饭、擦洗身体、按摩护理；为让妻子不胡思乱想，"
                                + "大到田间修路、小到家中摆设都请她做主，让她觉得自己是家里的主心骨，而不是累赘。",
                                "炎陵县奎溪乡菜坪村")),
                "我市两名候选人入选2023年5月“湖南好人”候选人，市民可为他们点赞评议，评议时间截至5月23日。"
                        + "每位候选人每人每天可点赞一次。", "GOOD_PEOPLE", null), regions.root(), "system");
        UserSummary resident1 = accounts.findByUsername("resident1").orElseThrow();
        UserSummary resident2 = accounts.findByUsername("resident2").orElseThrow();
        CandidateView zhang = c.candidates().get(0);
        CandidateView deng = c.candidates().get(1);
        vote(c, zhang, resident1, "2023-05-08T08:15:00+08:00");
        vote(c, deng, resident1, "2023-05-08T08:16:00+08:00");
        vote(c, zhang, resident1, "2023-05-09T21:40:00+08:00");
        vote(c, zhang, resident2, "2023-05-12T12:05:00+08:00");
        vote(c, deng, resident2, "2023-05-23T23:30:00+08:00");
        Campaign campaign = campaignRepository.findById(c.id()).orElseThrow();
        campaign.publishResults(OffsetDateTime.parse("2023-05-24T09:00:00+08:00").toInstant());
        campaignRepository.saveAndFlush(campaign);
    }

    private void vote(CampaignView c, CandidateView candidate, UserSummary voter, String at) {
        Instant when = OffsetDateTime.parse(at).toInstant();
        votes.save(new Vote(c.id(), candidate.id(), voter.id(), when, VotePolicy.votingDay(when),
                VotePolicy.onePerPersonPerDay(candidate.id(), VotePolicy.votingDay(when)), null));
    }

    private RegionRef region(String name) {
        return regions.search(name, null, 5).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo region missing: " + name));
    }
}
