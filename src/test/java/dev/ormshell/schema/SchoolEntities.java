package dev.ormshell.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A test-only model unlike Role/User: a many-to-many, a one-to-many both ways, a one-to-one and an embeddable. */
final class SchoolEntities {

    static final List<Class<?>> ALL = List.of(Student.class, Course.class, Teacher.class, Locker.class);

    private SchoolEntities() {
    }

    @Embeddable
    static class Address {
        String street;
        String city;
    }

    @Entity(name = "Student")
    @Table(name = "students")
    static class Student {
        @Id
        @GeneratedValue
        Long id;

        @Column(unique = true, nullable = false)
        String email;

        @Embedded
        Address home;

        @ManyToMany
        @JoinTable(name = "enrolments", joinColumns = @JoinColumn(name = "student_id"),
                inverseJoinColumns = @JoinColumn(name = "course_id"))
        List<Course> courses = new ArrayList<>();

        @OneToOne
        @JoinColumn(name = "locker_id")
        Locker locker;
    }

    @Entity(name = "Course")
    @Table(name = "courses")
    static class Course {
        @Id
        @GeneratedValue
        Long id;

        String title;

        @ManyToOne(optional = false)
        @JoinColumn(name = "teacher_id", nullable = false)
        Teacher teacher;

        @ManyToMany(mappedBy = "courses")
        List<Student> students = new ArrayList<>();
    }

    @Entity(name = "Teacher")
    @Table(name = "teachers")
    static class Teacher {
        @Id
        @GeneratedValue
        Long id;

        String name;

        @OneToMany(mappedBy = "teacher")
        List<Course> courses = new ArrayList<>();
    }

    @Entity(name = "Locker")
    @Table(name = "lockers")
    static class Locker {
        @Id
        @GeneratedValue
        Long id;

        int number;

        @OneToOne(mappedBy = "locker")
        Student student;
    }
}
