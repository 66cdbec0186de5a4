package com.cloudsub.web.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document says how each call authenticates: a bearer JWT on /api/v1, operator Basic on /admin. */
@Configuration
class ApiDocumentSecurity {

    @Bean
    OpenApiCustomizer securitySchemes() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                            .description("HS256 JWT; sub = the account the call acts for; scope accounts:open to open accounts"))
                    .addSecuritySchemes("operator", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("an operator's user name and password; send Content-Type: application/json"));
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> operation.addSecurityItem(
                    new SecurityRequirement().addList(path.startsWith("/admin") ? "operator" : "bearer"))));
        };
    }
}
