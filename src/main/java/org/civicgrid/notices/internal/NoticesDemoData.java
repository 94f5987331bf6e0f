package org.civicgrid.notices.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.notices.ApplicationManagement;
import org.civicgrid.notices.ApplicationManagement.SubmitApplication;
import org.civicgrid.notices.GuideManagement;
import org.civicgrid.notices.GuideManagement.WriteGuide;
import org.civicgrid.notices.NoticeManagement;
import org.civicgrid.notices.NoticeManagement.WriteArticle;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.demo.StartupDataset;
import org.springframework.stereotype.Component;

/**
 * The demo news: the seeds' stories retold as short articles (the 小湖塘 "3+2" work method, the river-chief
 * meeting, the pairing drive, the joint enforcement of 9 May, the 湖南好人 candidates, 向延国 and 彭月凤, the
 * 稻花香 reading club, the left-behind children's outing, 贺晓敏 and 丁凡), a pinned and a scheduled notice,
 * service guides, and two online applications waiting in the workers' inboxes.
 */
@Component
class NoticesDemoData implements StartupDataset {

    private final NoticeManagement notices;
    private final GuideManagement guides;
    private final ApplicationManagement applications;
    private final AccountManagement accounts;
    private final Regions regions;
    private final Clock clock;

    NoticesDemoData(NoticeManagement notices, GuideManagement guides, ApplicationManagement applications,
            AccountManagement accounts, Regions regions, Clock clock) {
        this.notices = notices;
        this.guides = guides;
        this.applications = applications;
        this.accounts = accounts;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public String name() { return "notices.demo"; }

    @Override
    public int order() { return 60; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        articles();
        guides();
        applications.submitFor(new SubmitApplication("TEMPORARY_ASSISTANCE", "丁凡（化名）", "13900000000", "李家冲社区火电生活区",
                "63岁，独居，患肺气肿，近一年几乎每月住院一次，无退休工资和其他收入，亲属无力照顾。网格员入户走访后代为申请临时救助，"
                        + "并建议向市总工会、市红十字会同步求助。"), accounts.findByUsername("hexiaomin").orElseThrow());
        applications.submitFor(new SubmitApplication("RESIDENCE_CERTIFICATE", "胡阿姨", "13700000000", "小湖塘社区",
                "孙子入学需要开具居住证明。"), accounts.findByUsername("resident1").orElseThrow());
    }

    private void articles() {
        article("小湖塘社区", "NEWS", "小湖塘社区“3+2”工作法入选全省首批优秀社区工作法", "2019-07-03T09:00:00+08:00", false,
                "株洲日报", """
                全省首批优秀社区工作法遴选结果日前揭晓，天元区嵩山路街道小湖塘社区的“3+2”工作法入选。社区党总支书记冯芳把它概括为“两个坚持”“两个整合”“两个专业”。
                小湖塘社区由29个小区组成，常住6000余户、2万余人，有党员140名。社区推行“红色讲堂”流动课堂——党员在哪，讲堂就设在哪，行动不便的党员在家也能听党课；辖区15家单位的在职党员进社区走访慰问、组队巡逻、组织义诊。
                社区从2018年起聘请退休干部担任“社区顾问”，开通“小湖塘社区”微信公众号发布动态、提供在线服务，让网络数据多跑路、居民办事少跑腿。
                2017年引进株洲市同心社会工作服务中心后，相继办起“四点半”课堂、“儿童快乐之家”和社区学苑，并建起配备两名国家二级心理咨询师的心理咨询室。""");
        article("株洲市", "NEWS", "全市总河长暨湘江保护治理会议：以问题为导向抓好河长制", "2019-06-28T10:00:00+08:00", false,
                "市河长办", """
                6月27日召开的全市总河长暨湘江保护治理会议上，市河长办、市湘江办汇报了河长制工作，县级总河长现场述职。
                目前全市425条河流都有了“管家”，2473名四级河长累计巡河7.9万人次，主要地表水体水质优于国家三类标准，饮用水源水质达标率100%。
                会议也点出短板：河湖“四乱”屡禁不止，畜禽养殖场违规排污仍然存在，黑臭水体治理难度大。下一步将确保年底畜禽规模养殖场粪污处理设施配套率达到85%以上、粪污资源化利用率达到75%以上，并继续发挥水利、环保、海事、渔政和公安“4+1”轮值巡查的合力。""");
        article("株洲市", "NEWS", "“株事有礼·社区联点共建”全面启动 111个单位奔赴创文主战场", "2023-05-10T09:00:00+08:00",
                false, "株洲日报全媒体", """
                今年参与社区联点共建的单位由去年的88个增加到111个，市直单位和省级以上文明单位共同下沉社区。
                去年，市城发集团投入20多万元改造石峰区田心街道北岭社区的下水管道，新建化粪池、硬化路面，社区网格员和居民代表送上了“为民福祉，排忧解难”的锦旗。
                启动以来，各单位“一把手”带队到联点社区报到，收集垃圾站异味、路面不平、下水盖板损坏、飞线充电等问题清单，共商共建方案。截至5月9日，已有近60家单位深入联点社区开展工作。""");
        article("天元区", "NEWS", "第五次创文联合执法：整治不文明“顽疾”", "2023-05-09T18:00:00+08:00", false,
                "株洲日报全媒体", """
                5月9日，多部门在天元区凿石路、博古山路、栗雨南路开展第五次创文联合执法。
                当天共处罚未戴头盔的摩托车、电动自行车驾驶人26起，拆除遮阳伞12把，劝导规范停放电动车、摩托车28辆；劝离占道经营商贩23起，劝导门店出店经营、乱堆乱摆35处，纠正6辆出租车的违规行为。
                执法人员还劝导未牵绳遛狗的居民2人，责令3家文具书店和1家小超市当场整改门口摆放游戏机的行为。""");
        article("株洲市", "GOOD_PEOPLE", "5月“湖南好人”候选人点赞评议开始 张满珍、邓成明入选", "2023-05-08T08:00:00+08:00",
                false, "文明株洲", """
                2023年5月“湖南好人”候选人点赞评议于5月8日开始，截至5月23日。我市张满珍入选乐善类候选人，邓成明入选孝老爱亲类候选人。
                张满珍带领团队发起“环卫工驿站爱心早餐项目”，近5年为300多名环卫工友送出12.6万余份免费早餐；邓成明35年如一日照顾因伤失去行动能力的妻子黄桂香。
                市民可在“先进典型”栏目阅读候选人事迹、参与点赞评议。""");
        article("袁家湾社区", "GOOD_PEOPLE", "退休夫妇向延国、彭月凤：义务理发、清扫楼道热心献小区", "2019-07-04T09:00:00+08:00",
                false, "株洲日报", """
                每天下午2点到4点，74岁的向延国都会在中南路49栋楼下的树荫里摆开理发摊，免费为居民理发，还常上门为孤寡老人和残疾人服务。为了不让居民跑空路，他在树上挂起了提示牌。
                老伴彭月凤是退休教师，常年义务清扫楼道、为绿化带浇水修剪。两人自费买来砂纸和油漆，把整栋楼生锈的楼梯栏杆和单元铁门除锈刷漆。
                在夫妇俩影响下，不少邻居也养成了顺手带走楼道垃圾的好习惯。""");
        article("湘江村", "ACTIVITY", "稻花香读书会开课：放下手机，亲子共读", "2019-07-02T09:00:00+08:00", false, "湘江村", """
                7月1日晚，芦淞区枫溪街道湘江村村委会会议室书声琅琅，20多名居民陪着孩子跟老师朗读文学作品，读书声持续了两个小时。
                稻花香读书会由市妇联在湘江村开设，课程覆盖整个暑假，每周一到两节，邀请名师带领朗读国文经典。家长们说，读书会让大人孩子都把手机放一放，也增进了一家人的感情。
                读书会报名请到“社区课程”栏目。""");
        article("董家墩街道", "NEWS", "有爱陪伴，留守儿童假期不孤单", "2019-07-03T10:00:00+08:00", false, "株洲日报", """
                7月2日，董家墩街道南苑、幸福、友好社区和道田村等8个社区（村）的19名留守儿童和困难儿童，在社工和志愿者陪伴下走进中国动力谷展示中心，又参观了市传统木作文化展示基地。
                不少孩子的父母在外务工，从春节后还没和父母团聚过。陪伴他们的社工来自南苑社区孵化的芦淞区童翼社会工作服务中心，该中心承接“青苗拔萃”困境青少年发展项目，服务街道14个社区（村）。""");
        article("李家冲社区", "NEWS", "网格故事：独居老人患病，社区上门分忧", "2019-07-02T15:00:00+08:00", false, "李家冲社区", """
                63岁的丁凡（化名）独居，患有肺气肿，没有退休工资和收入。网格员贺晓敏上门走访得知情况后报告居委会，社区一年半来多次为他向民政部门申请临时救助，并向市总工会、市红十字会寻求帮助。
                6月底老人病情复发，在网格员的一再劝说下，家人终于同意送他入院治疗。社区正准备为他发起募捐，已有小居民打电话到居委会表示愿意帮忙。
                居民遇到类似困难，可通过“网上办事”申请临时救助，社区工作人员会及时受理。""");
        OffsetDateTime now = OffsetDateTime.now(clock);
        article("小湖塘社区", "NOTICE", "社区学苑本期报名通知（舞蹈班改为抽签）", now.minusDays(1).toString(), true, "小湖塘社区居委会", """
                社区学苑本期开设声乐班、非洲鼓班、书法班、舞蹈班和微信学习班，欢迎辖区居民在“社区课程”栏目报名。
                舞蹈班报名人数多，本期改为公开抽签：抽签前报名的居民都参加抽签，与报名先后无关；随机种子和抽签顺序公开留档，人人可以复核。未中签的居民按抽签顺序候补。
                四点半课堂、儿童快乐之家同步接受报名。""");
        article("小湖塘社区", "NOTICE", "心理咨询室下周开放时间", now.plusDays(3).toString(), false, "小湖塘社区居委会", """
                社区心理咨询室下周一至周五下午开放，两名国家二级心理咨询师轮流值班，请在“心理咨询预约”栏目预约时段。咨询内容严格保密。""");
    }

    private void guides() {
        RegionRef city = regions.root();
        guides.register(new WriteGuide("临时救助申请", "TEMPORARY_ASSISTANCE",
                "因疾病、意外等导致基本生活暂时出现严重困难的家庭或个人，可向户籍或居住地社区申请临时救助。",
                "申请人身份证、户口簿\n家庭成员及收入情况说明\n医疗诊断证明和费用票据（因病申请时）\n本人银行卡或存折\n代办人身份证（代为申请时）",
                "所在社区居委会，或街道（乡镇）社会救助窗口", "工作日 8:30—12:00，14:30—17:30", null,
                "1. 网上提交申请或到社区窗口申请\n2. 社区入户核查、评议并公示\n3. 报街道（乡镇）审核、民政部门审批\n4. 救助金发放到申请人账户",
                null), city);
        guides.register(new WriteGuide("居住证明开具", "RESIDENCE_CERTIFICATE",
                "在本社区实际居住的居民，因入学、就业等需要，可申请开具居住证明。",
                "申请人身份证\n房产证或租赁合同\n户口簿（如有）", "所在社区居委会服务窗口", "工作日 8:30—12:00，14:30—17:30",
                null, "1. 网上提交申请\n2. 社区核实居住情况\n3. 开具证明，凭身份证到居委会领取", null), city);
        guides.register(new WriteGuide("高龄津贴申领", "OLD_AGE_ALLOWANCE", "年满80周岁的老年人可申领高龄津贴。",
                "老人身份证、户口簿\n本人银行卡\n代办人身份证（代为申请时）", "所在社区居委会", "工作日 8:30—12:00，14:30—17:30",
                null, "1. 网上或到社区申请\n2. 社区核实并报街道审核\n3. 按月发放到本人账户", null), city);
        guides.register(new WriteGuide("在职党员进社区报到", null,
                "在职党员到居住地社区报到，每月至少参加1次文明实践微服务。", "党员身份证明（党员证或组织关系介绍信）",
                "居住地社区党组织", "工作日及社区活动日", null,
                "1. 到居住地社区党组织登记\n2. 认领服务岗位或志愿服务项目\n3. 每月参加“文明实践微服务”，社区记录服务情况", null), city);
        guides.register(new WriteGuide("心理咨询预约", null,
                "社区心理咨询室配备两名国家二级心理咨询师，免费为居民提供心理健康服务，内容严格保密。", null,
                "小湖塘社区居委会三楼 心理咨询室", "开放时段以“心理咨询预约”栏目为准", null,
                "1. 在“心理咨询预约”栏目选择时段\n2. 按时到咨询室\n3. 如不能前来，请提前取消预约", null),
                regions.search("小湖塘社区", null, 1).get(0));
    }

    private void article(String regionName, String category, String title, String publishAt, boolean pinned,
            String author, String body) {
        RegionRef region = regions.search(regionName, null, 5).stream().filter(r -> r.name().equals(regionName))
                .findFirst().orElseThrow(() -> new IllegalStateException("Demo region missing: " + regionName));
        notices.register(new WriteArticle(category, title, null, body, null, author, pinned, true,
                OffsetDateTime.parse(publishAt), null), region, "system");
    }
}
