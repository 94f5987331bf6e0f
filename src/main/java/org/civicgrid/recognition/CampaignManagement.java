package org.civicgrid.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.recognition.internal.Campaign;
import org.civicgrid.recognition.internal.CampaignRepository;
import org.civicgrid.recognition.internal.Candidate;
import org.civicgrid.recognition.internal.CandidateRepository;
import org.civicgrid.recognition.internal.FloodGuard;
import org.civicgrid.recognition.internal.Vote;
import org.civicgrid.recognition.internal.VotePolicy;
import org.civicgrid.recognition.internal.VoteRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.files.UploadStore;
import org.civicgrid.shared.files.UploadedFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * 评议投票 — officials (and community workers, for their own community's selections) run campaigns;
 * residents who live in the campaign's region vote on a phone. The window, the rule and floods are
 * checked on every vote; the rule itself is enforced by the database's unique keys, so racing votes
 * cannot break it and the counts are exact.
 */
@Service
public class CampaignManagement {

    /** 发起评议 — the campaign and its first candidates. */
    public record CreateCampaign(String title, OffsetDateTime opensAt, OffsetDateTime closesAt, String rule,
            Integer votesAllowed, List<NewCandidate> candidates, String description, String kind, Long regionId) {}

    /** A candidate as put forward. */
    public record NewCandidate(String name, String category, String story, String origin) {}

    private static final int MAX_BALLOT_RETRIES = 10;

    private final CampaignRepository campaigns;
    private final CandidateRepository candidates;
    private final VoteRepository votes;
    private final FloodGuard flood;
    private final Regions regions;
    private final UploadStore uploads;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    CampaignManagement(CampaignRepository campaigns, CandidateRepository candidates, VoteRepository votes,
            FloodGuard flood, Regions regions, UploadStore uploads, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.votes = votes;
        this.flood = flood;
        this.regions = regions;
        this.uploads = uploads;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- campaigns

    /** Officials and community workers open a campaign in their region (or a region below it). */
    @Transactional
    public CampaignView create(CreateCampaign command) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers run campaigns");
        }
        RegionRef region = command.regionId() == null ? regions.get(new RegionId(me.regionId()))
                : regions.find(new RegionId(command.regionId())).filter(r -> me.canSee(r.path()))
                        .orElseThrow(() -> new InvalidInputException("region_id", "no such region in your scope"));
        return register(command, region, me.username());
    }

    /** Opens a campaign without a caller check: for start-up data. */
    @Transactional
    public CampaignView register(CreateCampaign c, RegionRef region, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String title = trim(c.title());
        if (title == null || title.length() > 200) {
            errors.add(new FieldError("title", "1–200 characters"));
        }
        if (c.opensAt() == null) {
            errors.add(new FieldError("opens_at", "required"));
        }
        if (c.closesAt() == null) {
            errors.add(new FieldError("closes_at", "required"));
        } else if (c.opensAt() != null && !c.closesAt().toInstant().isAfter(c.opensAt().toInstant())) {
            errors.add(new FieldError("closes_at", "after opens_at"));
        }
        VoteRule rule = null;
        if (c.rule() == null || c.rule().isBlank()) {
            errors.add(new FieldError("rule", "required"));
        } else {
            try {
                rule = VoteRule.valueOf(c.rule().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("rule", "one of ONE_PER_CANDIDATE, ONE_PER_DAY, TOTAL_N"));
            }
        }
        int votesAllowed = c.votesAllowed() == null ? 1 : c.votesAllowed();
        if (votesAllowed < 1 || votesAllowed > 100) {
            errors.add(new FieldError("votes_allowed", "between 1 and 100"));
        }
        CampaignKind kind = CampaignKind.OTHER;
        if (c.kind() != null && !c.kind().isBlank()) {
            try {
                kind = CampaignKind.valueOf(c.kind().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "unknown kind"));
            }
        }
        if (c.description() != null && c.description().length() > 4000) {
            errors.add(new FieldError("description", "at most 4000 characters"));
        }
        List<NewCandidate> list = c.candidates() == null ? List.of() : c.candidates();
        if (list.isEmpty() || list.size() > 200) {
            errors.add(new FieldError("candidates", "1–200 candidates"));
        }
        for (int i = 0; i < list.size(); i++) {
            checkCandidate(list.get(i), "candidates[" + i + "].", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Campaign campaign = campaigns.saveAndFlush(new Campaign(region.id(), region.path(), title, trim(c.description()),
                kind, c.opensAt().toInstant(), c.closesAt().toInstant(), rule, votesAllowed, actor, clock.instant()));
        int order = 0;
        for (NewCandidate n : list) {
            candidates.save(new Candidate(campaign.getId(), n.name().trim(), trim(n.category()), trim(n.story()),
                    trim(n.origin()), ++order));
        }
        candidates.flush();
        return view(campaign);
    }

    /** Adds a candidate before voting opens. */
    @Transactional
    public CandidateView addCandidate(long campaignId, NewCandidate n) {
        CurrentUser me = CurrentUsers.require();
        Campaign campaign = managed(campaignId, me);
        if (!clock.instant().isBefore(campaign.getOpensAt())) {
            throw new ConflictException("voting-started", "Voting has started", "Candidates are added before voting opens");
        }
        List<FieldError> errors = new ArrayList<>();
        checkCandidate(n, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int order = (int) candidates.countByCampaignId(campaignId) + 1;
        return view(candidates.saveAndFlush(new Candidate(campaignId, n.name().trim(), trim(n.category()),
                trim(n.story()), trim(n.origin()), order)));
    }

    /** 上传照片 — a candidate's photo (images only, checked from the bytes). */
    @Transactional
    public CandidateView attachPhoto(long campaignId, long candidateId, MultipartFile file) {
        CurrentUser me = CurrentUsers.require();
        managed(campaignId, me);
        Candidate candidate = candidateOf(campaignId, candidateId);
        UploadedFile stored = uploads.store(file, "photo");
        candidate.picture(stored.name());
        return view(candidate);
    }

    @Transactional(readOnly = true)
    public Page<CampaignView> search(Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        return views(campaigns.reachable(me.scope().likePattern(), me.scope().enclosingPaths(), pageable));
    }

    /** @throws NotFoundException when the campaign does not exist or lies outside the caller's reach */
    @Transactional(readOnly = true)
    public CampaignView get(long campaignId) {
        return view(visible(campaignId, CurrentUsers.require()));
    }

    /** Whether the caller runs this campaign. */
    @Transactional(readOnly = true)
    public boolean canManage(long campaignId) {
        CurrentUser me = CurrentUsers.require();
        return manages(me, visible(campaignId, me));
    }

    /** Every campaign, newest first, for the public site (no sign-in: campaigns are public). */
    @Transactional(readOnly = true)
    public Page<CampaignView> publicCampaigns(int page) {
        return views(campaigns.findAll(PageRequest.of(page, 20, Sort.by(Sort.Direction.DESC, "opensAt", "id"))));
    }

    @Transactional(readOnly = true)
    public CampaignView publicCampaign(long campaignId) {
        return view(campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("Campaign", campaignId)));
    }

    /** The published results, for the public site. */
    @Transactional(readOnly = true)
    public Optional<Results> publishedResults(long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("Campaign", campaignId));
        return campaign.getResultsPublishedAt() == null ? Optional.empty() : Optional.of(tally(campaign));
    }

    // ---------------------------------------------------------------- voting

    /**
     * 投票 — one vote for one candidate. Floods are refused first (429), then votes outside the window
     * (403 voting-closed), then votes against the rule (409).
     */
    public VoteReceipt vote(long campaignId, long candidateId, String clientAddress) {
        CurrentUser me = CurrentUsers.require();
        flood.admit(me.id(), clientAddress);
        for (int attempt = 0; ; attempt++) {
            try {
                return tx.execute(s -> castOnce(me, campaignId, candidateId, clientAddress));
            } catch (DataIntegrityViolationException e) {
                Campaign campaign = campaigns.findById(campaignId).orElseThrow();
                Instant now = clock.instant();
                VotePolicy.Keys keys = VotePolicy.keys(campaign.getRule(), candidateId, now, 1, campaign.getVotesAllowed());
                if (votes.existsByCampaignIdAndVoterIdAndRuleKey(campaignId, me.id(), keys.ruleKey())) {
                    throw alreadyVoted(campaign, candidateId);
                }
                if (campaign.getRule() != VoteRule.TOTAL_N || attempt >= MAX_BALLOT_RETRIES) {
                    throw new ConflictException("vote-conflict", "Vote not taken",
                            "Another vote of yours was being counted at the same moment; please try again");
                }
                // Two of this person's votes raced for the same ballot number: count again and take the next.
            }
        }
    }

    private VoteReceipt castOnce(CurrentUser me, long campaignId, long candidateId, String clientAddress) {
        Campaign campaign = visible(campaignId, me);
        candidateOf(campaignId, candidateId);
        if (!me.has(Role.RESIDENT)) {
            throw new ForbiddenException("Only residents vote");
        }
        Instant now = clock.instant();
        if (!campaign.isOpenAt(now)) {
            throw (ForbiddenException) new ForbiddenException("voting-closed", "Voting closed",
                    "Voting is open from " + campaign.getOpensAt() + " until (not including) " + campaign.getClosesAt())
                    .with("opens_at", campaign.getOpensAt()).with("closes_at", campaign.getClosesAt());
        }
        int ballot = 1;
        if (campaign.getRule() == VoteRule.TOTAL_N) {
            long used = votes.countByCampaignIdAndVoterId(campaignId, me.id());
            if (used >= campaign.getVotesAllowed()) {
                throw (ConflictException) new ConflictException("votes-used-up", "No votes left",
                        "You have used all " + campaign.getVotesAllowed() + " votes of this campaign")
                        .with("votes_allowed", campaign.getVotesAllowed());
            }
            ballot = (int) used + 1;
        }
        VotePolicy.Keys keys = VotePolicy.keys(campaign.getRule(), candidateId, now, ballot, campaign.getVotesAllowed());
        if (votes.existsByCampaignIdAndVoterIdAndRuleKey(campaignId, me.id(), keys.ruleKey())) {
            throw alreadyVoted(campaign, candidateId);
        }
        Vote vote = votes.saveAndFlush(new Vote(campaignId, candidateId, me.id(), now, VotePolicy.votingDay(now), keys,
                clientAddress));
        events.publishEvent(new VoteCast(campaignId, candidateId, me.id(), now));
        Integer left = campaign.getRule() == VoteRule.TOTAL_N ? campaign.getVotesAllowed() - ballot : null;
        return new VoteReceipt(vote.getId(), campaignId, candidateId, now, left);
    }

    private static ConflictException alreadyVoted(Campaign campaign, long candidateId) {
        String detail = campaign.getRule() == VoteRule.ONE_PER_DAY
                ? "You have already voted for this candidate today (Asia/Shanghai); come back tomorrow"
                : "You have already voted for this candidate";
        return (ConflictException) new ConflictException("already-voted", "Already voted", detail)
                .with("campaign_id", campaign.getId()).with("candidate_id", candidateId)
                .with("rule", campaign.getRule().name());
    }

    /** The candidates the caller has voted for (today, for ONE_PER_DAY campaigns the page shows all). */
    @Transactional(readOnly = true)
    public List<Long> myVotes(long campaignId) {
        CurrentUser me = CurrentUsers.require();
        visible(campaignId, me);
        return votes.votedFor(campaignId, me.id());
    }

    // ---------------------------------------------------------------- results

    /** Exact counts, for anyone who can see the campaign (live while voting runs). */
    @Transactional(readOnly = true)
    public Results results(long campaignId) {
        return tally(visible(campaignId, CurrentUsers.require()));
    }

    /** 公布结果 — after the window closes, by those who run the campaign; the public page then shows them. */
    @Transactional
    public CampaignView publishResults(long campaignId) {
        CurrentUser me = CurrentUsers.require();
        Campaign campaign = managed(campaignId, me);
        Instant now = clock.instant();
        campaign.publishResults(now);
        campaigns.saveAndFlush(campaign);
        events.publishEvent(new ResultsPublished(campaign.getId(), campaign.getTitle(), campaign.getRegionPath(), now));
        return view(campaign);
    }

    private Results tally(Campaign campaign) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : votes.tally(campaign.getId())) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        List<Results.Tally> tallies = candidates.findByCampaignIdOrderBySortOrderAscIdAsc(campaign.getId()).stream()
                .map(c -> new Results.Tally(c.getId(), c.getName(), c.getCategory(), counts.getOrDefault(c.getId(), 0L)))
                .sorted(Comparator.comparingLong(Results.Tally::votes).reversed())
                .toList();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Results(campaign.getId(), campaign.getTitle(), total, votes.voters(campaign.getId()), tallies);
    }

    // ---------------------------------------------------------------- helpers

    private Campaign visible(long campaignId, CurrentUser me) {
        return campaigns.findById(campaignId)
                .filter(c -> me.canSee(c.getRegionPath()) || me.livesWithin(c.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    private Campaign managed(long campaignId, CurrentUser me) {
        Campaign campaign = visible(campaignId, me);
        if (!manages(me, campaign)) {
            throw new ForbiddenException("Only the officials and workers of the campaign's region run it");
        }
        return campaign;
    }

    private static boolean manages(CurrentUser me, Campaign campaign) {
        return me.isStaff() && me.canSee(campaign.getRegionPath());
    }

    private Candidate candidateOf(long campaignId, long candidateId) {
        return candidates.findById(candidateId).filter(c -> c.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Candidate", candidateId));
    }

    private static void checkCandidate(NewCandidate n, String prefix, List<FieldError> errors) {
        if (n == null || n.name() == null || n.name().isBlank() || n.name().trim().length() > 100) {
            errors.add(new FieldError(prefix + "name", "1–100 characters"));
            return;
        }
        if (n.category() != null && n.category().length() > 60) {
            errors.add(new FieldError(prefix + "category", "at most 60 characters"));
        }
        if (n.story() != null && n.story().length() > 4000) {
            errors.add(new FieldError(prefix + "story", "at most 4000 characters"));
        }
        if (n.origin() != null && n.origin().length() > 200) {
            errors.add(new FieldError(prefix + "origin", "at most 200 characters"));
        }
    }

    private Page<CampaignView> views(Page<Campaign> page) {
        List<Long> ids = page.getContent().stream().map(Campaign::getId).toList();
        Map<Long, List<CandidateView>> byCampaign = ids.isEmpty() ? Map.of()
                : candidates.findByCampaignIdInOrderBySortOrderAscIdAsc(ids).stream().map(this::view)
                        .collect(Collectors.groupingBy(CandidateView::campaignId));
        return page.map(c -> view(c, byCampaign.getOrDefault(c.getId(), List.of())));
    }

    private CampaignView view(Campaign c) {
        return view(c, candidates.findByCampaignIdOrderBySortOrderAscIdAsc(c.getId()).stream().map(this::view).toList());
    }

    private static CampaignView view(Campaign c, List<CandidateView> list) {
        return new CampaignView(c.getId(), c.getRegionId(), c.getRegionPath(), c.getTitle(), c.getDescription(),
                c.getKind(), c.getOpensAt(), c.getClosesAt(), c.getRule(), c.getVotesAllowed(), c.getResultsPublishedAt(),
                list);
    }

    private CandidateView view(Candidate c) {
        return new CandidateView(c.getId(), c.getCampaignId(), c.getName(), c.getCategory(), c.getStory(), c.getOrigin(),
                c.getPhoto() == null ? null : "/files/" + c.getPhoto());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
