package dev.conductor.agent.serve;

/**
 * What the row kinds read besides the engine's graph, kept from one recomputation to the next.
 *
 * @param pods the pod states of the last full deployment listing
 * @param functions the functions, with the services they were last listed from
 */
record RowInputs(KnownPods pods, FunctionRows functions) {
}
