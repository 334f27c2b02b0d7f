package org.raciplanner;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Every operation in the document is under /api and needs a bearer token: the operator's or a team's. */
@OpenAPIDefinition(info = @Info(
        title = "raci-planner",
        version = "1",
        description = "Teams, rosters, initiatives and their RACI matrices, with overload and gap warnings."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The operator token (RACI_ADMIN_TOKEN) or a team's token (raci_…), sent as Authorization: Bearer <token>")
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
