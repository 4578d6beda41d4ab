package io.github.oxencodegen.generate;

import io.github.oxencodegen.fetch.FetchException;
import io.github.oxencodegen.fetch.FetchOutcome;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.fetch.FetchedModel;
import io.github.oxencodegen.fetch.ModelFetcher;
import io.github.oxencodegen.fetch.ModelListFetcher;
import io.github.oxencodegen.select.ListedModel;
import io.github.oxencodegen.select.ModelFilter;
import io.github.oxencodegen.select.ModelList;
import io.github.oxencodegen.select.ModelLock;
import io.github.oxencodegen.select.SelectionUpdate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Asks Oxen for the contracts of a build or a check, in as few requests as serve: with a model selection, or from
 * {@value #LIST_THRESHOLD} models on, one {@code GET /api/ai/models} for all of them ({@link ModelListFetcher}),
 * else one request per model ({@link ModelFetcher}). Below the threshold the per-model requests, made in parallel,
 * move less data than Oxen's whole catalogue (full objects, about 20 KB a model, no pagination).
 *
 * <p>From the list: a model asked for and listed with a request schema is fetched; a model locked by a selection
 * and no longer listed is {@linkplain Result#unlisted() unlisted} (removed from Oxen); a model named explicitly and
 * not listed, or listed without a request schema, is asked for alone, so that its failure carries Oxen's own answer
 * (a 404 "Model not found" proves a removal). When the list cannot be fetched (a server or mirror without it, an
 * outage), each model is asked for alone, and the selection is not resolved again. Writes nothing.
 */
public final class CatalogFetch {
    /** From this many models to ask for, one list request replaces one request per model. */
    public static final int LIST_THRESHOLD = 20;

    /**
     * What the fetch found.
     *
     * @param outcomes    each model asked for or newly selected: fetched, or why not (models in {@code unlisted}
     *                    have none)
     * @param selection   what the selection resolved to against the list; empty without a selection or a list
     * @param unlisted    models of the lock that Oxen no longer lists
     * @param listFailure why the list could not be fetched (each model was then asked for alone); empty when it
     *                    was, or was not asked for
     */
    public record Result(Map<String, FetchOutcome> outcomes, Optional<SelectionUpdate> selection, List<String> unlisted,
                         Optional<FetchException> listFailure) {
        public Result {
            outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
            unlisted = List.copyOf(unlisted);
        }
    }

    private CatalogFetch() {}

    /** True when asking for {@code count} models with or without a selection goes through the list. */
    public static boolean usesList(int count, boolean selecting) {
        return selecting || count >= LIST_THRESHOLD;
    }

    /**
     * Fetches {@code ids} and, with a filter, the models it selects.
     *
     * @param filter         the selection; null for none
     * @param lock           the lock of the selection's last resolution
     * @param snapshotExists whether a model has a snapshot (a removed model stays locked while it has one)
     * @param notices        receives a line each time Oxen slows the per-model fetch down (a 429)
     * @throws IllegalArgumentException when the base URL cannot be used or an id is not valid
     */
    public static Result fetch(FetchSettings settings, List<String> ids, ModelFilter filter, Optional<ModelLock> lock,
                               Predicate<String> snapshotExists, Consumer<String> notices) {
        if (!usesList(ids.size(), filter != null)) {
            return new Result(fetchEach(settings, ids, notices), Optional.empty(), List.of(), Optional.empty());
        }
        ModelListFetcher lister = new ModelListFetcher(settings);
        ModelList list;
        try {
            list = lister.fetch();
        } catch (FetchException e) {
            // the list only saves requests: without it, each model is asked for alone, as below the threshold
            return new Result(fetchEach(settings, ids, notices), Optional.empty(), List.of(), Optional.of(e));
        }
        Optional<SelectionUpdate> update = filter == null ? Optional.empty()
                : Optional.of(SelectionUpdate.of(filter, list, lock, snapshotExists));
        Set<String> wanted = new LinkedHashSet<>(ids);
        update.ifPresent(u -> wanted.addAll(u.selection().ids()));
        Set<String> locked = new LinkedHashSet<>(lock.map(ModelLock::ids).orElse(List.of()));
        Map<String, FetchOutcome> outcomes = new LinkedHashMap<>();
        List<String> unlisted = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (String id : wanted) {
            Optional<ListedModel> listed = list.find(id);
            if (listed.isPresent() && listed.get().document().hasRequestSchema()) {
                outcomes.put(id, new FetchOutcome.Fetched(FetchedModel.fromList(listed.get(), lister.url())));
            } else if (listed.isEmpty() && filter != null && locked.contains(id)) {
                unlisted.add(id);
            } else {
                alone.add(id);
                outcomes.put(id, null);
            }
        }
        if (!alone.isEmpty()) {
            outcomes.putAll(fetchEach(settings, alone, notices));
        }
        return new Result(outcomes, update, unlisted, Optional.empty());
    }

    private static Map<String, FetchOutcome> fetchEach(FetchSettings settings, List<String> ids,
                                                       Consumer<String> notices) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (ModelFetcher fetcher = new ModelFetcher(settings, notices)) {
            return fetcher.fetchAll(ids);
        }
    }
}
