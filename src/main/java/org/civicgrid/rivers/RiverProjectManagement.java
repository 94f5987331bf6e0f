package org.civicgrid.rivers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.region.Regions;
import org.civicgrid.rivers.internal.RiverCampaign;
import org.civicgrid.rivers.internal.RiverCampaignFigure;
import org.civicgrid.rivers.internal.RiverCampaignFigureRepository;
import org.civicgrid.rivers.internal.RiverCampaignRepository;
import org.civicgrid.rivers.internal.RiverProject;
import org.civicgrid.rivers.internal.RiverProjectNote;
import org.civicgrid.rivers.internal.RiverProjectNoteRepository;
import org.civicgrid.rivers.internal.RiverProjectRepository;
import org.civicgrid.rivers.internal.RiverRotaTurnRepository;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 治理项目与专项行动 — remediation projects with stage and notes, campaigns with tallies and targets, the 4+1 rota. */
@Service
public class RiverProjectManagement {

    public record NoteView(LocalDate notedOn, String body, String author) {}

    /** A project; {@code overdue} and {@code stalled} are what the board makes stand out. */
    public record ProjectView(long id, ProjectType type, String name, String buildKind, int planYear, LocalDate deadline,
            ProjectStage stage, int progressPct, Funding funding, String levelLabel, long regionId, String regionName,
            boolean overdue, List<NoteView> notes) {

        public boolean stalled() {
            return stage == ProjectStage.STALLED;
        }

        public boolean needsAttention() {
            return overdue || stalled() || funding == Funding.NONE;
        }
    }

    public record FigureView(String kind, String label, BigDecimal value, BigDecimal target, String unit) {

        /** Progress toward the target in %, for targets. */
        public Integer percentOfTarget() {
            return target == null || target.signum() == 0 ? null
                    : value.multiply(BigDecimal.valueOf(100)).divide(target, 0, java.math.RoundingMode.HALF_UP).intValue();
        }

        public boolean reached() {
            return target != null && value.compareTo(target) >= 0;
        }
    }

    public record CampaignView(long id, String name, String description, LocalDate startedOn, LocalDate endedOn,
            List<FigureView> tallies, List<FigureView> targets) {}

    public record RotaView(LocalDate weekStart, String leadAgency, String partner, String reach) {}

    private final RiverProjectRepository projects;
    private final RiverProjectNoteRepository notes;
    private final RiverCampaignRepository campaigns;
    private final RiverCampaignFigureRepository figures;
    private final RiverRotaTurnRepository rota;
    private final Regions regions;
    private final Clock clock;

    RiverProjectManagement(RiverProjectRepository projects, RiverProjectNoteRepository notes,
            RiverCampaignRepository campaigns, RiverCampaignFigureRepository figures, RiverRotaTurnRepository rota,
            Regions regions, Clock clock) {
        this.projects = projects;
        this.notes = notes;
        this.campaigns = campaigns;
        this.figures = figures;
        this.rota = rota;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProjectView> projects(ProjectType type) {
        CurrentUser caller = CurrentUsers.require();
        return projects.findByRegionPathLikeOrderByProjectTypeAscPlanYearAscNameAsc(caller.scope().likePattern()).stream()
                .filter(p -> type == null || p.getProjectType() == type).map(p -> view(p, false)).toList();
    }

    @Transactional(readOnly = true)
    public ProjectView project(long id) {
        return view(visible(id, CurrentUsers.require()), true);
    }

    /** Records a stage change and a dated note (an official of the project's region). */
    @Transactional
    public ProjectView progress(long id, ProjectStage stage, Integer progressPct, Funding funding, String note) {
        CurrentUser caller = CurrentUsers.require();
        RiverProject p = visible(id, caller);
        if (!caller.isOfficial()) {
            throw new ForbiddenException("Only officials update remediation projects");
        }
        if (stage == null) {
            throw new InvalidInputException("stage", "required");
        }
        if (progressPct != null && (progressPct < 0 || progressPct > 100)) {
            throw new InvalidInputException("progress_pct", "0–100");
        }
        String text = note == null ? null : note.strip();
        if (text != null && text.length() > 2000) {
            throw new InvalidInputException("note", "at most 2000 characters");
        }
        p.progress(stage, progressPct == null ? p.getProgressPct() : progressPct, funding);
        if (text != null && !text.isEmpty()) {
            notes.save(new RiverProjectNote(p.getId(), today(), text, caller.username()));
        }
        return view(p, true);
    }

    @Transactional(readOnly = true)
    public List<CampaignView> campaigns() {
        CurrentUser caller = CurrentUsers.require();
        return campaigns.findByRegionPathLikeOrderByStartedOnDesc(caller.scope().likePattern()).stream().map(c -> {
            List<RiverCampaignFigure> fs = figures.findByCampaignIdOrderBySortOrder(c.getId());
            return new CampaignView(c.getId(), c.getName(), c.getDescription(), c.getStartedOn(), c.getEndedOn(),
                    fs.stream().filter(f -> "TALLY".equals(f.getKind())).map(RiverProjectManagement::figure).toList(),
                    fs.stream().filter(f -> "TARGET".equals(f.getKind())).map(RiverProjectManagement::figure).toList());
        }).toList();
    }

    /** The 4+1 rota from this week on. */
    @Transactional(readOnly = true)
    public List<RotaView> rota() {
        CurrentUser caller = CurrentUsers.require();
        LocalDate from = today().minusDays(today().getDayOfWeek().getValue() - 1L);
        return rota.findByRegionPathLikeAndWeekStartGreaterThanEqualOrderByWeekStart(caller.scope().likePattern(), from)
                .stream().limit(12).map(r -> new RotaView(r.getWeekStart(), r.getLeadAgency(), r.getPartner(), r.getReach()))
                .toList();
    }

    private static FigureView figure(RiverCampaignFigure f) {
        return new FigureView(f.getKind(), f.getLabel(), f.getFigureValue(), f.getTarget(), f.getUnit());
    }

    private RiverProject visible(long id, CurrentUser caller) {
        return projects.findById(id).filter(p -> caller.canSee(p.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Project", id));
    }

    private ProjectView view(RiverProject p, boolean withNotes) {
        List<NoteView> ns = withNotes ? notes.findByProjectIdOrderByNotedOnDesc(p.getId()).stream()
                .map(n -> new NoteView(n.getNotedOn(), n.getBody(), n.getAuthor())).toList() : List.of();
        return new ProjectView(p.getId(), p.getProjectType(), p.getName(), p.getBuildKind(), p.getPlanYear(),
                p.getDeadline(), p.getStage(), p.getProgressPct(), p.getFunding(), p.getLevelLabel(), p.getRegionId(),
                regions.nameOf(p.getRegionId()), p.isOverdue(today()), ns);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }
}
