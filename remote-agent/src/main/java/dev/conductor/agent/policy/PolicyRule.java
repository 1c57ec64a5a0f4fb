package dev.conductor.agent.policy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One rule of a policy: any rule that admits a request's credential admits the request, with the
 * rule's named {@code authorizations}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = TokenRule.class, name = "token"),
        @JsonSubTypes.Type(value = KeyRule.class, name = "jwt")})
public sealed interface PolicyRule permits TokenRule, KeyRule {

    /** Unique within its policy: what {@code policy token revoke} and the journal name. */
    String name();

    List<String> authorizations();

    /** Whether this rule grants {@code authorization}; null asks for none in particular. */
    default boolean grants(String authorization) {
        return authorization == null || authorizations().contains(authorization);
    }
}
