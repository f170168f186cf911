package com.partnerqbr.portal.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.tenancy.Role;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApiRolesTest {

    @Test
    void theConstantsAreExactlyThePortalRoles() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : ApiRoles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        Set<String> roles = Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(roles, constants);
        assertEquals(Role.VENDOR_INTEGRATION.roleName(), ApiRoles.VENDOR_INTEGRATION);
    }
}
