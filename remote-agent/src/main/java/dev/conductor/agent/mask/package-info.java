/** Masking of secret values in every text the agent sends out; depends on nothing else of the agent. */
package dev.conductor.agent.mask;
