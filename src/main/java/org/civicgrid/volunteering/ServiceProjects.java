package org.civicgrid.volunteering;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.volunteering.Views.ProjectView;
import org.civicgrid.volunteering.Views.ProjectYear;
import org.civicgrid.volunteering.internal.Project;
import org.civicgrid.volunteering.internal.ProjectRepository;
import org.civicgrid.volunteering.internal.Team;
import org.civicgrid.volunteering.internal.TeamRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 志愿服务项目 — projects counted per day (breakfasts served, people helped). Every total shown is a sum of
 * the daily records: "126,000 breakfasts" is what the days add up to, never a typed number.
 */
@Service
public class ServiceProjects {

    public record DayCount(LocalDate day, int servings, int volunteers) {}

    private final ProjectRepository projects;
    private final TeamRepository teams;
    private final JdbcTemplate jdbc;
    private final Regions regions;
    private final Clock clock;

    ServiceProjects(ProjectRepository projects, TeamRepository teams, JdbcTemplate jdbc, Regions regions, Clock clock) {
        this.projects = projects;
        this.teams = teams;
        this.jdbc = jdbc;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ProjectView> search(Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        return projects.search(me.scope().likePattern(), pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public ProjectView get(long id) {
        return view(visible(id));
    }

    /** Totals per year, from the daily records. */
    @Transactional(readOnly = true)
    public List<ProjectYear> years(long id) {
        visible(id);
        return jdbc.query("""
                select extract(year from served_on) as y, count(*) as d, coalesce(sum(servings), 0) as s
                  from volunteer_project_day where project_id = ? group by extract(year from served_on) order by 1
                """, (rs, i) -> new ProjectYear(rs.getInt("y"), rs.getLong("d"), rs.getLong("s")), id);
    }

    /** The daily records from `from` to `to`. */
    @Transactional(readOnly = true)
    public List<DayCount> days(long id, LocalDate from, LocalDate to) {
        visible(id);
        return jdbc.query("""
                select served_on, servings, volunteers from volunteer_project_day
                 where project_id = ? and served_on between ? and ? order by served_on
                """, (rs, i) -> new DayCount(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3)), id,
                Date.valueOf(from), Date.valueOf(to));
    }

    /** Staff in scope record one day's count (a second record for the same day replaces the first). */
    @Transactional
    public void recordDay(long id, DayCount day) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers record project days");
        }
        Project p = visible(id);
        if (day.day() == null || day.day().isAfter(LocalDate.now(clock)) || day.day().isBefore(p.getStartedOn())) {
            throw new InvalidInputException("day", "a day between the project's start and today");
        }
        if (day.servings() < 0 || day.volunteers() < 0) {
            throw new InvalidInputException("servings", "cannot be negative");
        }
        int updated = jdbc.update("update volunteer_project_day set servings = ?, volunteers = ? where project_id = ? and served_on = ?",
                day.servings(), day.volunteers(), id, Date.valueOf(day.day()));
        if (updated == 0) {
            jdbc.update("insert into volunteer_project_day (project_id, served_on, servings, volunteers) values (?, ?, ?, ?)",
                    id, Date.valueOf(day.day()), day.servings(), day.volunteers());
        }
    }

    private Project visible(long id) {
        CurrentUser me = CurrentUsers.require();
        return projects.findById(id)
                .filter(p -> me.canSee(p.getRegionPath()) || me.regionPath().startsWith(p.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Project", id));
    }

    private ProjectView view(Project p) {
        Object[] totals = jdbc.queryForObject("""
                select count(*), coalesce(sum(servings), 0), min(served_on), max(served_on)
                  from volunteer_project_day where project_id = ?
                """, (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getDate(3), rs.getDate(4)}, p.getId());
        String teamName = p.getTeamId() == null ? null : teams.findById(p.getTeamId()).map(Team::getName).orElse(null);
        return new ProjectView(p.getId(), p.getName(), p.getDescription(), p.getUnitLabel(), p.getBeneficiaries(),
                p.getStartedOn(), p.getTeamId(), teamName, p.getRegionId(),
                regions.nameOf(p.getRegionId()), (Long) totals[0],
                (Long) totals[1], totals[2] == null ? null : ((Date) totals[2]).toLocalDate(),
                totals[3] == null ? null : ((Date) totals[3]).toLocalDate());
    }
}
