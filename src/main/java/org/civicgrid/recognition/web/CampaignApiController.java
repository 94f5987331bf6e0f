package org.civicgrid.recognition.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.civicgrid.recognition.CampaignKind;
import org.civicgrid.recognition.CampaignManagement;
import org.civicgrid.recognition.CampaignManagement.CreateCampaign;
import org.civicgrid.recognition.CampaignManagement.NewCandidate;
import org.civicgrid.recognition.CampaignView;
import org.civicgrid.recognition.CandidateView;
import org.civicgrid.recognition.Results;
import org.civicgrid.recognition.VoteReceipt;
import org.civicgrid.recognition.VoteRule;
import org.civicgrid.recognition.VotingFloodedException;
import org.civicgrid.shared.web.Problems;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Public voting, as API.md "Public voting" describes it, plus candidates, photos and publishing results. */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Public voting", description = "先进典型评议 — campaigns, candidates, votes and exact results")
class CampaignApiController {

    record CandidateRequest(@NotBlank String name, String category, String story, String origin) {}

    record CreateCampaignRequest(@NotBlank String title, @NotNull OffsetDateTime opensAt, @NotNull OffsetDateTime closesAt,
            @NotBlank String rule, Integer votesAllowed, @NotEmpty List<@Valid CandidateRequest> candidates,
            String description, String kind, Long regionId) {}

    record CandidateResponse(long id, long candidateId, String name, String category, String story, String origin,
            String photoUrl) {

        static CandidateResponse of(CandidateView c) {
            return new CandidateResponse(c.id(), c.id(), c.name(), c.category(), c.story(), c.origin(), c.photoUrl());
        }
    }

    record CampaignResponse(long id, long regionId, String title, String description, CampaignKind kind,
            Instant opensAt, Instant closesAt, VoteRule rule, int votesAllowed, Instant resultsPublishedAt,
            List<CandidateResponse> candidates) {

        static CampaignResponse of(CampaignView c) {
            return new CampaignResponse(c.id(), c.regionId(), c.title(), c.description(), c.kind(), c.opensAt(),
                    c.closesAt(), c.rule(), c.votesAllowed(), c.resultsPublishedAt(),
                    c.candidates().stream().map(CandidateResponse::of).toList());
        }
    }

    record VoteResponse(long id, long campaignId, long candidateId, Instant castAt, Integer votesLeft) {

        static VoteResponse of(VoteReceipt r) {
            return new VoteResponse(r.id(), r.campaignId(), r.candidateId(), r.castAt(), r.votesLeft());
        }
    }

    record ResultLine(long candidateId, String name, long votes) {}

    record ResultsResponse(long campaignId, List<ResultLine> candidates) {

        static ResultsResponse of(Results r) {
            return new ResultsResponse(r.campaignId(), r.candidates().stream()
                    .map(t -> new ResultLine(t.candidateId(), t.name(), t.votes())).toList());
        }
    }

    record Listing(List<CampaignResponse> items, int page, int size, long total) {

        static Listing of(Page<CampaignResponse> page) {
            return new Listing(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    private final CampaignManagement campaigns;

    CampaignApiController(CampaignManagement campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    @Operation(summary = "Open a campaign with its candidates (official or community worker)",
            description = "The window is [opens_at, closes_at): a vote at opens_at counts, one at closes_at does not. "
                    + "Rules: ONE_PER_CANDIDATE (one vote per person per candidate), ONE_PER_DAY (one vote per person per "
                    + "candidate per Asia/Shanghai calendar day), TOTAL_N (votes_allowed votes in all, one per candidate). "
                    + "The campaign belongs to region_id, by default the caller's region.")
    @ApiResponse(responseCode = "201", description = "Created, with the campaign's and candidates' ids")
    ResponseEntity<CampaignResponse> create(@Valid @RequestBody CreateCampaignRequest r) {
        CampaignView c = campaigns.create(new CreateCampaign(r.title(), r.opensAt(), r.closesAt(), r.rule(),
                r.votesAllowed(), r.candidates().stream()
                        .map(x -> new NewCandidate(x.name(), x.category(), x.story(), x.origin())).toList(),
                r.description(), r.kind(), r.regionId()));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + c.id())).body(CampaignResponse.of(c));
    }

    @GetMapping
    @Operation(summary = "Campaigns the caller can see (their region's, and those of the regions they live in)")
    Listing list(@PageableDefault(size = 20, sort = "opensAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return Listing.of(campaigns.search(pageable).map(CampaignResponse::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign with its candidates")
    CampaignResponse get(@PathVariable long id) {
        return CampaignResponse.of(campaigns.get(id));
    }

    @PostMapping("/{id}/candidates")
    @Operation(summary = "Add a candidate before voting opens")
    ResponseEntity<CandidateResponse> addCandidate(@PathVariable long id, @Valid @RequestBody CandidateRequest r) {
        CandidateView c = campaigns.addCandidate(id, new NewCandidate(r.name(), r.category(), r.story(), r.origin()));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/candidates/" + c.id()))
                .body(CandidateResponse.of(c));
    }

    @PostMapping(value = "/{id}/candidates/{candidate_id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a candidate's photo (JPEG, PNG, GIF or WebP)")
    CandidateResponse photo(@PathVariable long id, @PathVariable("candidate_id") long candidateId,
            @RequestParam("photo") MultipartFile photo) {
        return CandidateResponse.of(campaigns.attachPhoto(id, candidateId, photo));
    }

    @PostMapping("/{id}/candidates/{candidate_id}/votes")
    @Operation(summary = "Vote for a candidate (resident)",
            description = "201; 409 already-voted or votes-used-up against the rule; 403 voting-closed outside the window; "
                    + "429 too-many-requests with Retry-After when one account or one address votes too fast.")
    @ApiResponse(responseCode = "201", description = "Vote counted")
    @ApiResponse(responseCode = "403", description = "voting-closed")
    @ApiResponse(responseCode = "409", description = "already-voted or votes-used-up")
    @ApiResponse(responseCode = "429", description = "too-many-requests, with Retry-After")
    ResponseEntity<VoteResponse> vote(@PathVariable long id, @PathVariable("candidate_id") long candidateId,
            HttpServletRequest request) {
        VoteReceipt receipt = campaigns.vote(id, candidateId, request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/votes/" + receipt.id()))
                .body(VoteResponse.of(receipt));
    }

    @GetMapping("/{id}/votes/me")
    @Operation(summary = "The candidates the caller has voted for")
    List<Long> myVotes(@PathVariable long id) {
        return campaigns.myVotes(id);
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Exact results: votes per candidate, most first")
    ResultsResponse results(@PathVariable long id) {
        return ResultsResponse.of(campaigns.results(id));
    }

    @PostMapping("/{id}/results/publish")
    @Operation(summary = "Publish the results on the public site once the window has closed (409 voting-open before)")
    CampaignResponse publish(@PathVariable long id) {
        return CampaignResponse.of(campaigns.publishResults(id));
    }

    @ExceptionHandler(VotingFloodedException.class)
    ResponseEntity<ProblemDetail> flooded(VotingFloodedException e) {
        return ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(e));
    }
}
