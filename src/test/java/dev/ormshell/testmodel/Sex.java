package dev.ormshell.testmodel;

/** An enum stored by name; the constants are not upper case, as many applications' are not. */
public enum Sex {
    Female, Male, Unknown
}
