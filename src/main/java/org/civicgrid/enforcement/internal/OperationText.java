package org.civicgrid.enforcement.internal;

import java.util.stream.Collectors;

import org.civicgrid.enforcement.OperationDetail;
import org.civicgrid.enforcement.RoadView;

/** The words an operation is found by, and the description a follow-up case starts with. */
public final class OperationText {

    private OperationText() {}

    public static String searchTitle(OperationDetail o) {
        return o.number() + " · " + o.date();
    }

    /** Region, roads, departments, lead officer, tallies and notes; no personal data is recorded here. */
    public static String searchText(OperationDetail o) {
        StringBuilder text = new StringBuilder();
        text.append(o.regionName()).append(' ')
                .append(o.roads().stream().map(RoadView::name).collect(Collectors.joining("、"))).append('。')
                .append("参与部门：").append(String.join("、", o.departments())).append('。')
                .append("带队：").append(o.leadOfficerName()).append('。');
        o.totals().forEach(t -> text.append(t.nameZh()).append(' ').append(t.count()).append("；"));
        o.lines().stream().filter(l -> l.note() != null).forEach(l -> text.append(l.note()).append("；"));
        if (o.notes() != null) {
            text.append(o.notes());
        }
        return text.toString();
    }

    public static String followUpDescription(Operation operation, TallyLine line, String address, String remark) {
        StringBuilder text = new StringBuilder();
        text.append("联合执法转办：").append(operation.getNumber()).append('（').append(operation.getOperationDate())
                .append('）').append(address == null || address.isBlank() ? "" : "，" + address).append('，')
                .append(line.getViolationType().getNameZh()).append(' ').append(line.getQuantity()).append(" 起");
        if (line.getNote() != null) {
            text.append('（').append(line.getNote()).append('）');
        }
        text.append('。');
        if (remark != null) {
            text.append(remark);
        }
        return text.toString();
    }
}
