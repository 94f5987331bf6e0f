package org.civicgrid.residents.web;

import java.util.List;

import org.springframework.data.domain.Page;

/** A page of an API list: the items, where the page lies, and how many there are in all. */
record Paged<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <T> Paged<T> of(Page<T> page) {
        return new Paged<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
