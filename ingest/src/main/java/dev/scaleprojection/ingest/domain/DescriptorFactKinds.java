package dev.scaleprojection.ingest.domain;

/** The fact kinds that deployment descriptors, schedulers and policies give; each is written once, here. */
public final class DescriptorFactKinds {

    public static final String KUBERNETES_WORKLOAD = "deployment.kubernetes-workload";
    public static final String AUTOSCALER = "deployment.autoscaler";
    public static final String HELM_CHART = "deployment.helm-chart";
    public static final String HELM_VALUES = "deployment.helm-values";
    public static final String KUSTOMIZATION = "deployment.kustomization";
    public static final String PERSISTENT_VOLUME_CLAIM = "state.persistent-volume-claim";
    public static final String NETWORK_POLICY = "access.network-policy";
    public static final String RBAC = "access.rbac";
    public static final String INGRESS = "access.ingress";
    public static final String CI_WORKFLOW = "delivery.ci-workflow";
    public static final String AIRFLOW_DAG = "orchestration.airflow-dag";
    public static final String ARGO_WORKFLOW = "orchestration.argo-workflow";
    public static final String TEMPORAL_WORKFLOW = "orchestration.temporal-workflow";
    public static final String CRON = "orchestration.cron";
    public static final String OPA_POLICY = "governance.opa-policy";
    public static final String KYVERNO_POLICY = "governance.kyverno-policy";
    public static final String GATEKEEPER_CONSTRAINT = "governance.gatekeeper-constraint";

    /** The attribute naming the Kubernetes workload a finding belongs to, so the finding joins that workload's component. */
    public static final String WORKLOAD_ATTRIBUTE = "workload";

    private DescriptorFactKinds() {
    }
}
