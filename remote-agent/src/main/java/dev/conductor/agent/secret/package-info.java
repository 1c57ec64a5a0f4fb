/**
 * Services' secrets: encrypted at rest by systemd's credential store, given to templates, hooks,
 * commands and functions as environment variables, and masked by value in everything the agent prints.
 */
package dev.conductor.agent.secret;
