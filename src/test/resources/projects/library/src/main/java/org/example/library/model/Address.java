package org.example.library.model;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    private String street;
    private String city;
    private String postalCode;

    protected Address() {
    }

    public Address(String street, String city, String postalCode) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    @Override
    public String toString() {
        return street + ", " + postalCode + " " + city;
    }
}
