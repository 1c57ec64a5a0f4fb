package dev.conductor.protocol.method;

import java.util.List;
import java.util.function.Function;

/** Every method of docs/protocol.md, by wire name, with the params record it takes. */
public final class MethodNames {

    public static final MethodName<NoParams> SERVICES_LIST = of("services.list", NoParams::read);
    public static final MethodName<NameParams> SERVICE_SHOW = of("service.show", NameParams::read);
    public static final MethodName<NameParams> SERVICE_ENV = of("service.env", NameParams::read);
    public static final MethodName<NameParams> SERVICE_HISTORY = of("service.history", NameParams::read);
    public static final MethodName<DeployParams> SERVICE_DEPLOY = of("service.deploy", DeployParams::read);
    public static final MethodName<RollbackParams> SERVICE_ROLLBACK = of("service.rollback", RollbackParams::read);
    public static final MethodName<NameParams> SERVICE_START = of("service.start", NameParams::read);
    public static final MethodName<NameParams> SERVICE_STOP = of("service.stop", NameParams::read);
    public static final MethodName<NameParams> SERVICE_RESTART = of("service.restart", NameParams::read);
    public static final MethodName<NameParams> SERVICE_ENABLE = of("service.enable", NameParams::read);
    public static final MethodName<NameParams> SERVICE_DISABLE = of("service.disable", NameParams::read);
    public static final MethodName<NameParams> SERVICE_CONFIG_GET = of("service.config.get", NameParams::read);
    public static final MethodName<ConfigSetParams> SERVICE_CONFIG_SET = of("service.config.set", ConfigSetParams::read);
    public static final MethodName<NoParams> RELOAD = of("reload", NoParams::read);
    public static final MethodName<NoParams> DEPLOYMENTS_LIST = of("deployments.list", NoParams::read);
    public static final MethodName<NameParams> DEPLOYMENT_ENV = of("deployment.env", NameParams::read);
    public static final MethodName<ServiceParams> COMMANDS_LIST = of("commands.list", ServiceParams::read);
    public static final MethodName<CommandRunParams> COMMAND_RUN = of("command.run", CommandRunParams::read);
    public static final MethodName<LogsParams> LOGS_FOLLOW = of("logs.follow", LogsParams::read);
    public static final MethodName<NoParams> EVENTS_SUBSCRIBE = of("events.subscribe", NoParams::read);
    public static final MethodName<WaitParams> SERVICE_WAIT = of("service.wait", WaitParams::read);

    /** All of them, in the order of docs/protocol.md. */
    public static final List<MethodName<?>> ALL = List.of(SERVICES_LIST, SERVICE_SHOW, SERVICE_ENV, SERVICE_HISTORY,
            SERVICE_DEPLOY, SERVICE_ROLLBACK, SERVICE_START, SERVICE_STOP, SERVICE_RESTART, SERVICE_ENABLE,
            SERVICE_DISABLE, SERVICE_CONFIG_GET, SERVICE_CONFIG_SET, RELOAD, DEPLOYMENTS_LIST, DEPLOYMENT_ENV,
            COMMANDS_LIST, COMMAND_RUN, LOGS_FOLLOW, EVENTS_SUBSCRIBE, SERVICE_WAIT);

    private MethodNames() {}

    private static <P extends RequestParams> MethodName<P> of(String wire, Function<ParamsReader, P> reader) {
        return new MethodName<>(wire, reader);
    }
}
