package dev.conductor.agent.systemd;

/**
 * Port to systemd for what only install and uninstall do: enabling units at boot. Apart from
 * {@link Systemd}, so that the engine's port stays about running units.
 */
public interface UnitEnablement {

    /** True when the unit starts at boot; false too when systemd cannot tell, as for an unknown unit. */
    boolean isEnabled(String unit);

    /** @throws SystemdException naming the unit, with systemctl's error */
    void enable(String unit);

    /** @throws SystemdException naming the unit, with systemctl's error */
    void disable(String unit);
}
