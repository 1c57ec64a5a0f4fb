package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockCaddyfileTest {

    /** What dpkg records for /etc/caddy/Caddyfile of Debian 12's caddy 2.6.2-5. */
    private static final String DEBIAN_12_MD5 = "8cbf072a3e390217a88c242a7f18ee76";

    @Test
    void bundledCopyIsByteForByteDebiansFile() throws Exception {
        assertThat(StockCaddyfile.md5(stock())).as("md5 of the bundled copy, after resource filtering")
                .isEqualTo(DEBIAN_12_MD5);
    }

    @Test
    void recognizesTheStockFileAlsoWithOtherLineEndings() throws Exception {
        String text = new String(stock(), StandardCharsets.UTF_8);
        assertThat(StockCaddyfile.isStock(stock(), Optional.empty())).isTrue();
        assertThat(StockCaddyfile.isStock(bytes(text.replace("\n", "\r\n")), Optional.empty())).isTrue();
    }

    @Test
    void anyEditMakesItTheOperatorsOwn() throws Exception {
        String text = new String(stock(), StandardCharsets.UTF_8);
        assertThat(StockCaddyfile.isStock(bytes(text.replace("file_server", "file_server browse")), Optional.empty()))
                .isFalse();
        assertThat(StockCaddyfile.isStock(bytes("{\n\tadmin localhost:2019\n}\n\n:80 {\n\trespond \"hi\"\n}\n"),
                Optional.empty())).isFalse();
        assertThat(StockCaddyfile.isStock(bytes(StockCaddyfile.conductorCaddyfile()), Optional.empty())).isFalse();
    }

    @Test
    void dpkgsRecordedChecksumCoversOtherReleasesStockFiles() {
        byte[] otherRelease = bytes(":80 {\n\troot * /usr/share/caddy\n\tfile_server\n}\n");
        String md5 = StockCaddyfile.md5(otherRelease);
        assertThat(StockCaddyfile.isStock(otherRelease, Optional.of(md5.toUpperCase()))).isTrue();
        assertThat(StockCaddyfile.isStock(bytes("something else"), Optional.of(md5))).isFalse();
    }

    @Test
    void parsesDpkgConffilesField() {
        String field = "\n /etc/caddy/Caddyfile " + DEBIAN_12_MD5 + "\n /etc/caddy/other 0123 obsolete\n";
        assertThat(StockCaddyfile.conffileMd5(field, "/etc/caddy/Caddyfile")).contains(DEBIAN_12_MD5);
        assertThat(StockCaddyfile.conffileMd5(field, "/etc/caddy/other")).contains("0123");
        assertThat(StockCaddyfile.conffileMd5("", "/etc/caddy/Caddyfile")).isEmpty();
    }

    @Test
    void tellsConductorsCaddyfileFromTheEarlierOneWithTheAdminApiOnTcp() {
        byte[] earlier = bytes("# Written by `conductor-agent system install`, which saved the Debian Caddyfile it replaced\n"
                + "# (a welcome page on :80) as Caddyfile.conductor-backup; `system uninstall` puts it back.\n#\n"
                + "# Conductor adds its own HTTP server on :80 (@id \"conductor-server\") through the admin API,\n"
                + "# which must stay on localhost. Add your own sites below, on other ports or host names.\n"
                + "{\n\tadmin localhost:2019\n}\n");
        assertThat(StockCaddyfile.isEarlierConductors(earlier)).isTrue();
        assertThat(StockCaddyfile.isConductors(earlier)).isFalse();
        byte[] current = bytes(StockCaddyfile.conductorCaddyfile());
        assertThat(StockCaddyfile.isConductors(current)).isTrue();
        assertThat(StockCaddyfile.isEarlierConductors(current)).isFalse();
    }

    @Test
    void conductorsCaddyfileAdaptsToOnlyALocalAdminApi(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Caddyfile");
        Files.writeString(file, StockCaddyfile.conductorCaddyfile());
        Process adapt = new ProcessBuilder("caddy", "adapt", "--config", file.toString()).start();
        String json = new String(adapt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(adapt.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(adapt.exitValue()).as("caddy adapt: %s", new String(adapt.getErrorStream().readAllBytes())).isZero();
        assertThat(new ObjectMapper().readTree(json))
                .isEqualTo(new ObjectMapper().readTree("{\"admin\": {\"listen\": \"unix//run/caddy-admin/admin.sock\","
                        + " \"origins\": [\"\", \"localhost\", \"127.0.0.1\"]}}"));
    }

    private static byte[] stock() throws Exception {
        try (InputStream in = StockCaddyfile.class.getResourceAsStream("debian-stock-Caddyfile")) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
