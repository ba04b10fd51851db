package dev.stepwise.domain.report;

import dev.stepwise.domain.DoneOverTime;
import dev.stepwise.domain.PlanPoint;
import java.util.List;

/** Items done over time for the report's burn-up picture: the cumulative line, the items that count, the plan. */
public record ReportBurnUp(List<DoneOverTime.Point> done, int total, List<PlanPoint> plan) {
    public static final ReportBurnUp NONE = new ReportBurnUp(List.of(), 0, List.of());

    public ReportBurnUp {
        done = List.copyOf(done);
        plan = List.copyOf(plan);
        if (total < 0) {
            throw new IllegalArgumentException("total " + total);
        }
    }
}
