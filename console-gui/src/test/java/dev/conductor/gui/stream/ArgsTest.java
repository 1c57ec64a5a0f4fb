package dev.conductor.gui.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void splitsOnWhitespace() {
        assertThat(Args.split("  --to  v2\tnow ")).containsExactly("--to", "v2", "now");
    }

    @Test
    void nothingTypedIsNoArguments() {
        assertThat(Args.split("   ")).isEmpty();
    }

    @Test
    void doubleQuotesKeepSpacesInOneArgument() {
        assertThat(Args.split("--message \"hello  world\" x")).containsExactly("--message", "hello  world", "x");
    }

    @Test
    void quotesJoinWithAdjacentText() {
        assertThat(Args.split("--name=\"a b\"c")).containsExactly("--name=a bc");
    }

    @Test
    void emptyQuotesAreAnEmptyArgument() {
        assertThat(Args.split("a \"\" b")).containsExactly("a", "", "b");
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(Args.split("say \"no end")).containsExactly("say", "no end");
    }

    @Test
    void shellCharactersAreJustText() {
        assertThat(Args.split("a;rm -rf $HOME")).containsExactly("a;rm", "-rf", "$HOME");
    }
}
