package com.example.sync;

/** What a sync did: updated the account it found, or created it. {@code id} is the vendor's id of the account. */
public record Synced(String id, boolean created) {}
