package dev.conductor.gui.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigChangeTest {

    @Test
    void readsAssignmentsInOrderWithQuotedSpacesAndEmptyValues() {
        ConfigChange change = ConfigChange.parse("TAG=v2 NOTE=\"two words\" EMPTY= X=a=b", true);
        assertThat(change.values()).containsExactly(entry("TAG", "v2"), entry("NOTE", "two words"), entry("EMPTY", ""),
                entry("X", "a=b"));
        assertThat(change.deploy()).isTrue();
    }

    @Test
    void shellCharactersAreJustText() {
        assertThat(ConfigChange.parse("CMD=$(rm;-rf)", false).values()).containsEntry("CMD", "$(rm;-rf)");
    }

    @Test
    void badInputIsRefusedWithTheOffendingPart() {
        assertThatThrownBy(() -> ConfigChange.parse("TAG", true)).hasMessage("'TAG' has no '=': write KEY=value");
        assertThatThrownBy(() -> ConfigChange.parse("1TAG=v", true)).hasMessageContaining("'1TAG' is not a variable name");
        assertThatThrownBy(() -> ConfigChange.parse("   ", true)).hasMessageContaining("nothing to set");
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
