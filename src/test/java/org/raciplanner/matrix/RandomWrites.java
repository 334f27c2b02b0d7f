package org.raciplanner.matrix;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.Workbooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;

/**
 * Random writes of every kind that changes a matrix, through the API, from a seeded {@link Random}:
 * cells set and cleared, staffing with a template's letters, rows added, changed and deleted, people
 * added, renamed and deleted with what they hold, workbooks uploaded (fresh and stale), initiatives
 * renamed, given a template late, created and deleted. Refusals (a person deleted meanwhile, a stale
 * workbook's conflict) are part of the run: a refused write must change nothing.
 */
final class RandomWrites {

    static final List<String> LETTERS = List.of("R", "A", "C", "I", "RA");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Api api;
    private final Random random;
    private final long team;
    private final List<String> roles;
    private final List<Long> people = new ArrayList<>();
    /** Initiatives by id, the living ones, each with its latest matrix as read. */
    private final Map<Long, Map<String, Object>> living = new TreeMap<>();
    private final Map<Long, List<byte[]>> downloaded = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private int made;

    RandomWrites(Api api, Random random, long team, List<String> roles) {
        this.api = api;
        this.random = random;
        this.team = team;
        this.roles = roles;
    }

    void addPeople(int n) {
        for (int i = 0; i < n; i++) {
            addPerson();
        }
    }

    long createInitiative(String name, boolean templated) {
        Map<String, Object> body = map("kind", "PRODUCT", "name", name);
        if (templated) {
            body.put("template", "product");
            body.put("staffing", staffing());
        }
        long id = api.initiative(team, body);
        living.put(id, null);
        return id;
    }

    void deleteInitiative(long id) {
        count("initiative.delete", api.delete(base(id)));
        living.remove(id);
    }

    /** Reads every living initiative's matrix now: the state the history must give back. */
    Map<Long, Map<String, Object>> read() {
        Map<Long, Map<String, Object>> now = new TreeMap<>();
        living.keySet().forEach(id -> now.put(id, api.get(base(id) + "/matrix").expect(200).map()));
        living.putAll(now);
        return now;
    }

    /** One random write of a random kind. */
    void step() {
        long initiative = pick(new ArrayList<>(living.keySet()));
        int dice = random.nextInt(100);
        if (dice < 25) {
            count("cell.set", api.put(base(initiative) + "/matrix/" + row(initiative) + "/" + pick(people), map("letters", pick(LETTERS))));
        } else if (dice < 35) {
            count("cell.clear", api.delete(base(initiative) + "/matrix/" + row(initiative) + "/" + pick(people)));
        } else if (dice < 47) {
            count("staffing", api.put(base(initiative) + "/staffing", staffing()));
        } else if (dice < 52) {
            count("row.add", api.post(base(initiative) + "/responsibilities", map("key", "row-" + (++made), "name", "Row " + made,
                    "effortHours", random.nextInt(8) + 0.5)));
        } else if (dice < 56) {
            count("row.update", api.patch(base(initiative) + "/responsibilities/" + row(initiative),
                    map("name", "Renamed " + (++made), "effortHours", random.nextInt(5), "category", random.nextBoolean() ? "STRATEGY" : "EXECUTION")));
        } else if (dice < 61) {
            count("row.delete", api.delete(base(initiative) + "/responsibilities/" + row(initiative)));
        } else if (dice < 65) {
            addPerson();
        } else if (dice < 70) {
            long person = pick(people);
            made++;
            count("person.rename", api.patch("/api/v1/teams/" + team + "/people/" + person,
                    map("name", "Renamed " + made, "email", "renamed" + made + "@example.com")));
        } else if (dice < 75 && people.size() > 4) {
            long person = people.remove(random.nextInt(people.size()));
            count("person.delete", api.delete("/api/v1/teams/" + team + "/people/" + person + "?removeAssignments=true"));
        } else if (dice < 85) {
            upload(initiative);
        } else if (dice < 90) {
            count("initiative.rename", api.patch(base(initiative), map("name", "Initiative " + (++made))));
        } else {
            count("template", api.patch(base(initiative), map("template", "product")));
        }
    }

    Map<String, Integer> counts() {
        return counts;
    }

    private void addPerson() {
        made++;
        people.add(api.post("/api/v1/teams/" + team + "/people", map("name", "Person " + made, "email", "p" + made + "@example.com"))
                .expect(201).id());
        counts.merge("person.add", 1, Integer::sum);
    }

    /** A fresh workbook with a few cells retyped, or one downloaded earlier (stale), forced half the time. */
    private void upload(long initiative) {
        String path = base(initiative) + "/raci.xlsx";
        byte[] workbook = api.download(path).expect(200).body();
        List<byte[]> earlier = downloaded.computeIfAbsent(initiative, i -> new ArrayList<>());
        earlier.add(workbook);
        if (earlier.size() > 1 && random.nextInt(3) == 0) {
            workbook = earlier.get(random.nextInt(earlier.size() - 1));
        }
        byte[] edited = Workbooks.edit(workbook, book -> retype(book.getSheetAt(0), 1 + random.nextInt(4)));
        Reply reply = api.upload("PUT", path + (random.nextBoolean() ? "?force=true" : ""), XLSX, edited);
        count("upload", reply);
    }

    private void retype(Sheet sheet, int cells) {
        int people = Math.max(0, sheet.getRow(Workbooks.HEADER).getLastCellNum() - 2 - 6);
        int rows = sheet.getLastRowNum() - Workbooks.FIRST_ROW - 4 + 1;
        for (int i = 0; i < cells && people > 0 && rows > 0; i++) {
            Row row = sheet.getRow(Workbooks.FIRST_ROW + random.nextInt(rows));
            int column = 2 + random.nextInt(people);
            Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
            if (random.nextInt(4) == 0) {
                cell.setBlank();
            } else {
                Workbooks.type(cell, pick(LETTERS));
            }
        }
    }

    private List<Map<String, Object>> staffing() {
        List<Map<String, Object>> staffing = new ArrayList<>();
        List<Long> chosen = new ArrayList<>();
        int n = 1 + random.nextInt(Math.min(6, people.size()));
        for (int i = 0; i < n; i++) {
            long person = pick(people);
            String role = pick(roles);
            if (staffing.stream().anyMatch(s -> s.get("person").equals(person) && s.get("role").equals(role))) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>(map("role", role, "person", person));
            if (!chosen.isEmpty() && random.nextInt(4) == 0 && !chosen.contains(person)) {
                entry.put("communicatesVia", pick(chosen));
            }
            chosen.add(person);
            staffing.add(entry);
        }
        return staffing;
    }

    /** A row of the initiative as last read, or one it never had. */
    @SuppressWarnings("unchecked")
    private String row(long initiative) {
        Map<String, Object> matrix = living.get(initiative);
        List<Map<String, Object>> rows = matrix == null ? List.of() : (List<Map<String, Object>>) matrix.get("responsibilities");
        return rows.isEmpty() || random.nextInt(20) == 0 ? "no-such-row" : (String) pick(rows).get("key");
    }

    private void count(String kind, Reply reply) {
        assertTrue(reply.status() < 500, () -> kind + " answered " + reply.status() + ": " + reply.body());
        counts.merge(kind + " " + reply.status(), 1, Integer::sum);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String base(long initiative) {
        return "/api/v1/teams/" + team + "/initiatives/" + initiative;
    }
}
