package com.cloudsub.domain.account;

import java.util.Objects;
import java.util.Set;

/** A person who receives notices for an account (R-ACC-4); {@code language} is {@code zh} or {@code en}. */
public record Contact(String name, String email, String phone, Set<ContactRole> roles, String language) {
    public Contact {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        language = language == null ? "zh" : language;
    }

    public boolean isCreator() {
        return roles.contains(ContactRole.CREATOR);
    }
}
