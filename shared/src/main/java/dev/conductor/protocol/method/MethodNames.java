package dev.conductor.protocol.method;

import java.util.List;
import java.util.function.Function;

/** Every method of docs/protocol.md, by wire name, with the params record it takes and the result record it answers. */
public final class MethodNames {

    public static final MethodName<NoParams, ServicesResult> SERVICES_LIST =
            of("services.list", NoParams::read, ServicesResult.class);
    public static final MethodName<NameParams, ServiceDetails> SERVICE_SHOW =
            of("service.show", NameParams::read, ServiceDetails.class);
    public static final MethodName<NameParams, EnvironmentResult> SERVICE_ENV =
            of("service.env", NameParams::read, EnvironmentResult.class);
    public static final MethodName<NameParams, HistoryResult> SERVICE_HISTORY =
            of("service.history", NameParams::read, HistoryResult.class);
    public static final MethodName<DeployParams, DeployResult> SERVICE_DEPLOY =
            of("service.deploy", DeployParams::read, DeployResult.class);
    public static final MethodName<RollbackParams, DeployResult> SERVICE_ROLLBACK =
            of("service.rollback", RollbackParams::read, DeployResult.class);
    public static final MethodName<NameParams, MessageResult> SERVICE_START =
            of("service.start", NameParams::read, MessageResult.class);
    public static final MethodName<NameParams, MessageResult> SERVICE_STOP =
            of("service.stop", NameParams::read, MessageResult.class);
    public static final MethodName<NameParams, MessageResult> SERVICE_RESTART =
            of("service.restart", NameParams::read, MessageResult.class);
    public static final MethodName<NameParams, MessageResult> SERVICE_ENABLE =
            of("service.enable", NameParams::read, MessageResult.class);
    public static final MethodName<NameParams, MessageResult> SERVICE_DISABLE =
            of("service.disable", NameParams::read, MessageResult.class);
    public static final MethodName<NameParams, ConfigResult> SERVICE_CONFIG_GET =
            of("service.config.get", NameParams::read, ConfigResult.class);
    public static final MethodName<ConfigSetParams, MessageResult> SERVICE_CONFIG_SET =
            of("service.config.set", ConfigSetParams::read, MessageResult.class);
    public static final MethodName<NoParams, ReloadReport> RELOAD =
            of("reload", NoParams::read, ReloadReport.class);
    public static final MethodName<NoParams, DeploymentsResult> DEPLOYMENTS_LIST =
            of("deployments.list", NoParams::read, DeploymentsResult.class);
    public static final MethodName<NameParams, EnvironmentResult> DEPLOYMENT_ENV =
            of("deployment.env", NameParams::read, EnvironmentResult.class);
    public static final MethodName<NoParams, FunctionsResult> FUNCTIONS_LIST =
            of("functions.list", NoParams::read, FunctionsResult.class);
    public static final MethodName<ServiceParams, CommandsResult> COMMANDS_LIST =
            of("commands.list", ServiceParams::read, CommandsResult.class);
    public static final MethodName<CommandRunParams, ExitResult> COMMAND_RUN =
            of("command.run", CommandRunParams::read, ExitResult.class);
    public static final MethodName<LogsParams, NoResult> LOGS_FOLLOW =
            of("logs.follow", LogsParams::read, NoResult.class);
    public static final MethodName<NoParams, NoResult> EVENTS_SUBSCRIBE =
            of("events.subscribe", NoParams::read, NoResult.class);
    public static final MethodName<WaitParams, WaitResult> SERVICE_WAIT =
            of("service.wait", WaitParams::read, WaitResult.class);
    public static final MethodName<NoParams, FleetResult> FLEET =
            of("fleet", NoParams::read, FleetResult.class);

    /** All of them, in the order of docs/protocol.md. */
    public static final List<MethodName<?, ?>> ALL = List.of(SERVICES_LIST, SERVICE_SHOW, SERVICE_ENV, SERVICE_HISTORY,
            SERVICE_DEPLOY, SERVICE_ROLLBACK, SERVICE_START, SERVICE_STOP, SERVICE_RESTART, SERVICE_ENABLE,
            SERVICE_DISABLE, SERVICE_CONFIG_GET, SERVICE_CONFIG_SET, RELOAD, DEPLOYMENTS_LIST, DEPLOYMENT_ENV,
            FUNCTIONS_LIST, COMMANDS_LIST, COMMAND_RUN, LOGS_FOLLOW, EVENTS_SUBSCRIBE, SERVICE_WAIT, FLEET);

    private MethodNames() {}

    private static <P extends RequestParams, R> MethodName<P, R> of(String wire, Function<ParamsReader, P> reader,
            Class<R> result) {
        return new MethodName<>(wire, reader, result);
    }
}
