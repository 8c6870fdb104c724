package dev.ormshell.orm;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.SessionFactoryBuilder;

/**
 * The application's Bean Validation factory, built on a thread of its own while Hibernate maps
 * the model, and handed to Hibernate as its own would be: Hibernate Validator's start (a few
 * hundred classes from the project's jars) otherwise lies on the path to the prompt, while the
 * other core waits.
 */
final class ValidationStart {

    private final CompletableFuture<ValidatorFactory> factory;

    private ValidationStart(CompletableFuture<ValidatorFactory> factory) {
        this.factory = factory;
    }

    /** Starts building the factory when the model has a provider and its settings leave validation to it. */
    static ValidationStart begin(Model model) {
        Object mode = model.settings().get("jakarta.persistence.validation.mode");
        if (!model.hasValidationProvider() || "none".equalsIgnoreCase(String.valueOf(mode))
                || model.settings().containsKey("jakarta.persistence.validation.factory")) {
            return new ValidationStart(null);
        }
        return new ValidationStart(CompletableFuture.supplyAsync(() -> {
            // jakarta.validation finds the provider through the context loader, as Hibernate's own start does.
            Thread.currentThread().setContextClassLoader(model.loader());
            return Validation.buildDefaultValidatorFactory();
        }, task -> {
            Thread thread = new Thread(task, "bean validation start");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Gives Hibernate the factory, closed with the SessionFactory; a failed start leaves Hibernate to try (and skip). */
    void applyTo(SessionFactoryBuilder builder) {
        if (factory == null) {
            return;
        }
        try {
            ValidatorFactory built = factory.join();
            builder.applyValidatorFactory(built);
            builder.addSessionFactoryObservers(new SessionFactoryObserver() {
                @Override
                public void sessionFactoryClosed(SessionFactory closed) {
                    built.close();
                }
            });
        } catch (CompletionException e) {
            // Hibernate builds it itself, and in its AUTO mode goes on without when it cannot.
        }
    }
}
