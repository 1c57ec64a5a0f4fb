package dev.conductor.agent.podman;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON that {@code podman pod inspect}, {@code podman inspect} and {@code podman pod ls} print. */
final class PodmanJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PodmanJson() {
    }

    /** A pod as {@code podman pod inspect} describes it; containers without the infra container. */
    record Pod(String name, String state, String infraId, List<String> containerIds) {
    }

    /** A container as {@code podman inspect} describes it. */
    record Container(String id, String name, String state, int exitCode, String ipAddress) {
    }

    /** One pod: Podman 4.3 prints an object, newer versions an array of one. */
    static Pod pod(String json) {
        JsonNode root = parse(json, "podman pod inspect");
        JsonNode pod = root.isArray() ? root.path(0) : root;
        String infraId = pod.path("InfraContainerID").asText();
        List<String> containerIds = new ArrayList<>();
        for (JsonNode container : pod.path("Containers")) {
            String id = container.path("Id").asText();
            if (!id.equals(infraId)) {
                containerIds.add(id);
            }
        }
        return new Pod(pod.path("Name").asText(), pod.path("State").asText(), infraId, containerIds);
    }

    static List<Container> containers(String json) {
        List<Container> containers = new ArrayList<>();
        for (JsonNode container : parse(json, "podman inspect")) {
            JsonNode state = container.path("State");
            containers.add(new Container(container.path("Id").asText(), container.path("Name").asText(),
                    state.path("Status").asText(), state.path("ExitCode").asInt(), address(container)));
        }
        return containers;
    }

    /** Pod names to ids, from {@code podman pod ls --format json}. */
    static Map<String, String> podIds(String json) {
        return podField(json, "Id");
    }

    /** Pod names to their {@code Status} ({@code Running}, {@code Exited}, {@code Degraded}, ...). */
    static Map<String, String> podStates(String json) {
        return podField(json, "Status");
    }

    private static Map<String, String> podField(String json, String field) {
        Map<String, String> pods = new LinkedHashMap<>();
        for (JsonNode pod : parse(json, "podman pod ls")) {
            pods.put(pod.path("Name").asText(), pod.path(field).asText());
        }
        return pods;
    }

    /** The first address on any of the container's networks, else the legacy top-level one. */
    private static String address(JsonNode container) {
        JsonNode settings = container.path("NetworkSettings");
        for (JsonNode network : settings.path("Networks")) {
            String address = network.path("IPAddress").asText();
            if (!address.isEmpty()) {
                return address;
            }
        }
        return settings.path("IPAddress").asText();
    }

    private static JsonNode parse(String json, String source) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String start = json.length() <= 200 ? json : json.substring(0, 200) + "...";
            throw new PodmanException("cannot parse the output of " + source + ": " + e.getOriginalMessage()
                    + " in '" + start + "'", e);
        }
    }
}
