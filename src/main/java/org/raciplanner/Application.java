package org.raciplanner;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "raci-planner",
        version = "1",
        description = "Teams, rosters, initiatives and their RACI matrices, with overload and gap warnings."))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
