package org.civicgrid.recognition;

/** A candidate: who, in which category, their story, where they are from, and a photo ({@code /files/...}). */
public record CandidateView(long id, long campaignId, String name, String category, String story, String origin,
        String photoUrl) {
}
