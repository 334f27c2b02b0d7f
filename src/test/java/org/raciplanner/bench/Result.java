package org.raciplanner.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** One line of the report; ratio = value / baseline where there is a baseline. */
record Result(String name, double value, String unit, Double baseline, String note) {

    static Result of(String name, double value, String unit, String note) {
        return new Result(name, Stats.round(value), unit, null, note);
    }

    static Result against(String name, double value, double baseline, String unit, String note) {
        return new Result(name, Stats.round(value), unit, Stats.round(baseline), note);
    }

    Double ratio() {
        return baseline == null || baseline == 0 ? null : Math.round(value / baseline * 100) / 100.0;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("value", value);
        json.put("unit", unit);
        if (baseline != null) {
            json.put("baseline", baseline);
            json.put("ratio", ratio());
        }
        json.put("note", note);
        return json;
    }
}
