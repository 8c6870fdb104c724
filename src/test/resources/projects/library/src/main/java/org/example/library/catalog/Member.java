package org.example.library.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Pattern;
import org.example.library.catalog.types.MembershipLevel;
import org.example.library.model.Person;

@Entity
public class Member extends Person {

    @Pattern(regexp = "\\d{10}")
    private String telephone;

    @Enumerated(EnumType.STRING)
    private MembershipLevel level = MembershipLevel.BASIC;

    protected Member() {
    }

    public Member(String firstName, String lastName, String telephone) {
        super(firstName, lastName);
        this.telephone = telephone;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public MembershipLevel getLevel() {
        return level;
    }

    public void setLevel(MembershipLevel level) {
        this.level = level;
    }
}
