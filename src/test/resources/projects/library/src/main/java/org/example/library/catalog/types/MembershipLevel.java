package org.example.library.catalog.types;

public enum MembershipLevel {
    BASIC, GOLD
}
