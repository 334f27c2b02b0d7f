package org.raciplanner.planning.fix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every generator, by the warning code it clears; a code without one gets no suggestions. */
final class Generators {

    private static final Map<String, Generator> BY_CODE = index(List.of(
            new RowFixes.NoAccountable(),
            new RowFixes.MultipleAccountable(),
            new RowFixes.NoResponsible(),
            new CrowdFixes.TooManyConsulted(),
            new CrowdFixes.TooManyResponsible(),
            new CrowdFixes.UnstaffedRole(),
            new MissingRowFix(),
            new ShareFixes.Spread(),
            new SpanFix(),
            new IdleFix(),
            new OverloadFix(),
            new ShareFixes.Ownership(),
            new RoleFixes.Conflict(),
            new RoleFixes.Stacking()));

    private Generators() {
    }

    /** Null for a code nothing can propose a fix for. */
    static Generator of(String code) {
        return BY_CODE.get(code);
    }

    static List<String> codes() {
        return List.copyOf(BY_CODE.keySet());
    }

    private static Map<String, Generator> index(List<Generator> generators) {
        Map<String, Generator> byCode = new LinkedHashMap<>();
        generators.forEach(g -> byCode.put(g.code(), g));
        return byCode;
    }
}
