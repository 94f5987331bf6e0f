package org.civicgrid.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load scenarios; each prepares what it needs (tokens, ids, points) once and then builds requests. */
final class Scenarios {

    interface Preparer {
        LoadDriver.Step prepare(LoadDriver.Context context) throws Exception;
    }

    private static final Map<String, Preparer> ALL = new TreeMap<>();

    static {
        ALL.put("lookup", Scenarios::lookup);
    }

    private Scenarios() {}

    static List<String> names() {
        return new ArrayList<>(ALL.keySet());
    }

    static LoadDriver.Step prepare(String name, LoadDriver.Context context) throws Exception {
        Preparer preparer = ALL.get(name);
        if (preparer == null) {
            throw new IllegalArgumentException("Unknown scenario " + name + "; known: " + names());
        }
        return preparer.prepare(context);
    }

    /** Grid centres of the demo city, read once through the API; points jittered a little around them. */
    @SuppressWarnings("unchecked")
    static List<double[]> gridCentres(LoadDriver.Context context, String user) throws Exception {
        return (List<double[]>) context.shared().computeIfAbsent("grid-centres", k -> {
            try {
                String body = context.send(HttpRequest.newBuilder(context.uri("/api/v1/regions?level=GRID"))
                        .header("Authorization", "Bearer " + context.token(user)).build()).body();
                Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(body);
                List<double[]> centres = new ArrayList<>();
                while (ids.find()) {
                    String one = context.send(HttpRequest.newBuilder(context.uri("/api/v1/regions/" + ids.group(1)))
                            .header("Authorization", "Bearer " + context.token(user)).build()).body();
                    Matcher lat = Pattern.compile("\"lat\":([0-9.]+),\"lng\":([0-9.]+)").matcher(one);
                    if (lat.find()) {
                        centres.add(new double[] {Double.parseDouble(lat.group(1)), Double.parseDouble(lat.group(2))});
                    }
                }
                return centres;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** GET /api/v1/regions/lookup at points around the grid centres. */
    static LoadDriver.Step lookup(LoadDriver.Context setup) throws Exception {
        List<double[]> centres = gridCentres(setup, "admin");
        String token = setup.token("admin");
        return c -> {
            double[] p = centres.get(c.random().nextInt(centres.size()));
            return HttpRequest.newBuilder(c.uri(String.format(java.util.Locale.ROOT,
                    "/api/v1/regions/lookup?lat=%.6f&lng=%.6f", p[0] + (c.random().nextDouble() - 0.5) * 0.002,
                    p[1] + (c.random().nextDouble() - 0.5) * 0.002))).header("Authorization", "Bearer " + token).build();
        };
    }
}
