/**
 * The service model: what a {@code conductor-service.json} declares, once resolved.
 *
 * <p>{@link dev.conductor.spec.ServiceSpec} is the root. Its parts are records with
 * snake_case JSON names ({@code app_name}, {@code pod_template}, ...). Names that end up in
 * systemd unit names or paths (service, pod, function, hook id, command) follow
 * {@link dev.conductor.spec.SafeName}. Loading, inheritance and validation live in
 * {@code dev.conductor.spec.load}.
 */
package dev.conductor.spec;
