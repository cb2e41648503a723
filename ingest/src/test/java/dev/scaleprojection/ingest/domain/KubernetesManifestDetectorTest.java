package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.ARGO_WORKFLOW;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.AUTOSCALER;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.CRON;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.GATEKEEPER_CONSTRAINT;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.INGRESS;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.KUBERNETES_WORKLOAD;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.KYVERNO_POLICY;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.NETWORK_POLICY;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.PERSISTENT_VOLUME_CLAIM;
import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.RBAC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KubernetesManifestDetectorTest {

    private static final String CONFIGURED = ConfiguredEndpointDetector.CONFIGURED;

    private final KubernetesManifestDetector detector = new KubernetesManifestDetector(new SnakeYamlParser());

    private List<Finding> detect(String path, String content) {
        return detector.detect(new SourceFile(path, content));
    }

    static Stream<Arguments> manifests() {
        return Stream.of(
                arguments("a Deployment with its replicas, images, ports, limits and probes", "k8s/orders.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: orders
                          namespace: shop
                        spec:
                          replicas: 3
                          template:
                            spec:
                              serviceAccountName: orders
                              containers:
                                - name: orders
                                  image: ghcr.io/acme/orders:1.4
                                  ports:
                                    - containerPort: 8080
                                  resources:
                                    limits: {cpu: "1", memory: 512Mi}
                                    requests: {cpu: 100m}
                                  readinessProbe:
                                    httpGet: {path: /health, port: 8080}
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "Deployment/orders", "kind", "Deployment",
                        "name", "orders", "namespace", "shop", "replicas", "3", "images", "ghcr.io/acme/orders:1.4",
                        "containerPorts", "8080", "hasResourceLimits", "true", "hasResourceRequests", "true",
                        "hasProbes", "true", "serviceAccount", "orders", "workload", "orders"))),
                arguments("a container without limits or probes makes the workload lack them", "deploy/web.yml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec:
                          template:
                            spec:
                              containers:
                                - name: web
                                  image: web:1
                                  resources: {limits: {cpu: "1"}}
                                  livenessProbe: {tcpSocket: {port: 80}}
                                - name: sidecar
                                  image: envoy:1
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "Deployment/web", "images", "web:1,envoy:1",
                        "containers", "web,sidecar", "hasResourceLimits", "false", "hasProbes", "false"))),
                arguments("container env endpoints, anchored at the container; secret references configure nothing",
                        "manifests/orders.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: orders
                        spec:
                          template:
                            spec:
                              initContainers:
                                - name: migrate
                                  image: flyway:10
                                  env:
                                    - name: FLYWAY_URL
                                      value: jdbc:postgresql://orders-db:5432/orders
                              containers:
                                - name: orders
                                  image: orders:1
                                  env:
                                    - name: DB_URL
                                      value: "jdbc:postgresql://orders:s3cr3t@orders-db.shop.svc:5432/orders"
                                    - name: REDIS_HOST
                                      value: redis
                                    - name: DB_PASSWORD
                                      valueFrom: {secretKeyRef: {name: db, key: password}}
                                    - name: NODE_ENV
                                      value: production
                                    - name: PEER
                                      value: $(PEER_HOST):8080
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "Deployment/orders"),
                        Expected.of(CONFIGURED, 12, "Deployment/orders.spec.template.spec.initContainers[migrate].env.FLYWAY_URL",
                                "technology", "postgresql", "host", "orders-db", "container", "migrate", "workload", "orders"),
                        Expected.of(CONFIGURED, 18, "Deployment/orders.spec.template.spec.containers[orders].env.DB_URL",
                                "technology", "postgresql", "host", "orders-db.shop.svc", "port", "5432",
                                "value", "jdbc:postgresql://***:***@orders-db.shop.svc:5432/orders"),
                        Expected.of(CONFIGURED, 20, "Deployment/orders.spec.template.spec.containers[orders].env.REDIS_HOST",
                                "technology", "redis", "host", "redis"))),
                arguments("a container argument --flag=url configures an endpoint named by the flag; other flags do not",
                        "deploy/frontend/deployment.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: frontend
                        spec:
                          template:
                            spec:
                              containers:
                                - name: frontend
                                  image: podinfo:6
                                  command:
                                    - ./podinfo
                                    - --port=9898
                                    - --level=info
                                    - --backend-url=http://backend:9898/echo
                                    - --cache-server=tcp://cache:6379
                                    - --ui-message=see http://example.org
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "Deployment/frontend"),
                        Expected.of(CONFIGURED, 15,
                                "Deployment/frontend.spec.template.spec.containers[frontend].command.backend-url",
                                "host", "backend", "port", "9898", "container", "frontend", "workload", "frontend"),
                        Expected.of(CONFIGURED, 16,
                                "Deployment/frontend.spec.template.spec.containers[frontend].command.cache-server",
                                "host", "cache", "port", "6379"))),
                arguments("a StatefulSet claims one volume per replica", "k8s/db/statefulset.yaml", """
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata:
                          name: db
                        spec:
                          replicas: 2
                          template:
                            spec:
                              containers:
                                - {name: postgres, image: "postgres:16", ports: [{containerPort: 5432}]}
                          volumeClaimTemplates:
                            - metadata:
                                name: data
                              spec:
                                accessModes: [ReadWriteOnce]
                                storageClassName: ssd
                                resources: {requests: {storage: 20Gi}}
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "StatefulSet/db", "kind", "StatefulSet",
                                "replicas", "2", "volumeClaims", "data", "containerPorts", "5432"),
                        Expected.of(PERSISTENT_VOLUME_CLAIM, 13, "StatefulSet/db.spec.volumeClaimTemplates[data]", "name", "data",
                                "source", "volumeClaimTemplate", "workload", "db", "accessModes", "ReadWriteOnce",
                                "storageClass", "ssd", "storage", "20Gi"))),
                arguments("a CronJob is a workload and a schedule", "k8s/cleanup.yaml", """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata:
                          name: cleanup
                        spec:
                          schedule: "*/15 * * * *"
                          concurrencyPolicy: Forbid
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  containers:
                                    - name: cleanup
                                      image: cleanup:1
                                      env:
                                        - {name: BROKER_URL, value: "amqp://rabbit:5672"}
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "CronJob/cleanup", "kind", "CronJob",
                                "schedule", "*/15 * * * *", "images", "cleanup:1"),
                        Expected.of(CONFIGURED, 16,
                                "CronJob/cleanup.spec.jobTemplate.spec.template.spec.containers[cleanup].env.BROKER_URL",
                                "technology", "rabbitmq"),
                        Expected.of(CRON, 6, "CronJob/cleanup.spec.schedule", "source", "kubernetes-cronjob",
                                "schedule", "*/15 * * * *", "concurrencyPolicy", "Forbid", "workload", "cleanup"))),
                arguments("DaemonSet, Job and Pod, one document each, lines counted across documents", "k8s/all.yaml", """
                        apiVersion: apps/v1
                        kind: DaemonSet
                        metadata: {name: agent}
                        spec:
                          template:
                            spec:
                              containers: [{name: agent, image: "agent:1"}]
                              volumes:
                                - name: logs
                                  hostPath: {path: /var/log}
                        ---
                        apiVersion: batch/v1
                        kind: Job
                        metadata: {name: migrate}
                        spec:
                          template:
                            spec:
                              containers: [{name: migrate, image: "migrate:1"}]
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: debug}
                        spec:
                          containers: [{name: debug, image: "busybox"}]
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "DaemonSet/agent", "hostPaths", "/var/log"),
                        Expected.of(KUBERNETES_WORKLOAD, 13, "Job/migrate", "kind", "Job"),
                        Expected.of(KUBERNETES_WORKLOAD, 21, "Pod/debug", "kind", "Pod", "images", "busybox"))),
                arguments("a patch without images says it is one", "overlays/prod/replicas.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: orders
                        spec:
                          replicas: 6
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "Deployment/orders", "replicas", "6", "patch", "true"))),
                arguments("a v2 HorizontalPodAutoscaler", "k8s/hpa.yaml", """
                        apiVersion: autoscaling/v2
                        kind: HorizontalPodAutoscaler
                        metadata:
                          name: orders
                        spec:
                          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: orders}
                          minReplicas: 2
                          maxReplicas: 20
                          metrics:
                            - type: Resource
                              resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
                            - type: External
                              external: {metric: {name: queue_depth}, target: {type: Value, value: "100"}}
                        """, List.of(Expected.of(AUTOSCALER, 2, "HorizontalPodAutoscaler/orders", "autoscaler", "hpa",
                        "target", "Deployment/orders", "workload", "orders", "minReplicas", "2", "maxReplicas", "20",
                        "metrics", "resource:cpu,external:queue_depth"))),
                arguments("a v1 HorizontalPodAutoscaler scales on CPU", "k8s/hpa.yaml", """
                        apiVersion: autoscaling/v1
                        kind: HorizontalPodAutoscaler
                        metadata: {name: web}
                        spec:
                          scaleTargetRef: {kind: Deployment, name: web}
                          maxReplicas: 5
                          targetCPUUtilizationPercentage: 80
                        """, List.of(Expected.of(AUTOSCALER, 2, "HorizontalPodAutoscaler/web", "maxReplicas", "5",
                        "metrics", "resource:cpu"))),
                arguments("a KEDA ScaledObject", "k8s/keda.yaml", """
                        apiVersion: keda.sh/v1alpha1
                        kind: ScaledObject
                        metadata: {name: worker}
                        spec:
                          scaleTargetRef: {name: worker}
                          minReplicaCount: 0
                          maxReplicaCount: 50
                          triggers:
                            - type: kafka
                              metadata: {topic: orders}
                        """, List.of(Expected.of(AUTOSCALER, 2, "ScaledObject/worker", "autoscaler", "keda",
                        "target", "Deployment/worker", "minReplicas", "0", "maxReplicas", "50", "metrics", "kafka"))),
                arguments("a PersistentVolumeClaim", "k8s/pvc.yaml", """
                        apiVersion: v1
                        kind: PersistentVolumeClaim
                        metadata: {name: uploads}
                        spec:
                          accessModes: [ReadWriteMany]
                          resources: {requests: {storage: 5Gi}}
                        """, List.of(Expected.of(PERSISTENT_VOLUME_CLAIM, 2, "PersistentVolumeClaim/uploads", "source", "claim",
                        "accessModes", "ReadWriteMany", "storage", "5Gi"))),
                arguments("a default-deny NetworkPolicy", "k8s/netpol.yaml", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata: {name: deny-all}
                        spec:
                          podSelector: {}
                          policyTypes: [Ingress, Egress]
                        """, List.of(Expected.of(NETWORK_POLICY, 2, "NetworkPolicy/deny-all", "podSelector", "all",
                        "policyTypes", "Ingress,Egress", "ingressRules", "0", "egressRules", "0", "denies", "ingress,egress"))),
                arguments("a NetworkPolicy for one app names its workload", "k8s/netpol.yaml", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata: {name: orders}
                        spec:
                          podSelector: {matchLabels: {app: orders}}
                          ingress:
                            - from: [{podSelector: {matchLabels: {app: web}}}]
                        """, List.of(Expected.of(NETWORK_POLICY, 2, "NetworkPolicy/orders", "podSelector", "app=orders",
                        "policyTypes", "Ingress", "ingressRules", "1", "workload", "orders"))),
                arguments("a Role with a wildcard and its binding", "k8s/rbac.yaml", """
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: Role
                        metadata: {name: operator, namespace: shop}
                        rules:
                          - apiGroups: [""]
                            resources: [pods, secrets]
                            verbs: ["*"]
                        ---
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRoleBinding
                        metadata: {name: operator}
                        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
                        subjects:
                          - {kind: ServiceAccount, name: operator, namespace: shop}
                        """, List.of(Expected.of(RBAC, 2, "Role/operator", "kind", "Role", "scope", "namespace",
                                "namespace", "shop", "resources", "pods,secrets", "verbs", "*", "wildcard", "true"),
                        Expected.of(RBAC, 10, "ClusterRoleBinding/operator", "scope", "cluster",
                                "roleRef", "ClusterRole/cluster-admin", "subjects", "ServiceAccount:shop/operator"))),
                arguments("an Ingress with TLS", "k8s/ingress.yaml", """
                        apiVersion: networking.k8s.io/v1
                        kind: Ingress
                        metadata:
                          name: shop
                          annotations: {kubernetes.io/ingress.class: nginx}
                        spec:
                          tls: [{hosts: [shop.example.com], secretName: tls}]
                          rules:
                            - host: shop.example.com
                              http:
                                paths:
                                  - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                            - host: api.example.com
                              http:
                                paths:
                                  - {path: /, pathType: Prefix, backend: {service: {name: orders, port: {number: 80}}}}
                        """, List.of(Expected.of(INGRESS, 2, "Ingress/shop", "hosts", "shop.example.com,api.example.com",
                        "tls", "true", "backends", "web,orders", "ingressClass", "nginx"))),
                arguments("a Gateway API Gateway and HTTPRoute", "k8s/gateway.yaml", """
                        apiVersion: gateway.networking.k8s.io/v1
                        kind: Gateway
                        metadata: {name: public}
                        spec:
                          gatewayClassName: istio
                          listeners:
                            - {name: https, hostname: "*.example.com", protocol: HTTPS, port: 443}
                        ---
                        apiVersion: gateway.networking.k8s.io/v1
                        kind: HTTPRoute
                        metadata: {name: orders}
                        spec:
                          parentRefs: [{name: public}]
                          hostnames: [orders.example.com]
                          rules:
                            - backendRefs: [{name: orders, port: 8080}]
                        """, List.of(Expected.of(INGRESS, 2, "Gateway/public", "hosts", "*.example.com", "tls", "true",
                                "gatewayClass", "istio"),
                        Expected.of(INGRESS, 10, "HTTPRoute/orders", "hosts", "orders.example.com", "backends", "orders",
                                "parents", "public"))),
                arguments("endpoints in a ConfigMap; embedded files are not read", "k8s/config.yaml", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata: {name: orders-config}
                        data:
                          KAFKA_BOOTSTRAP_SERVERS: kafka-0.kafka:9092,kafka-1.kafka:9092
                          LOG_LEVEL: info
                          application.properties: |
                            spring.datasource.url=jdbc:postgresql://db:5432/orders
                        """, List.of(Expected.of(CONFIGURED, 5, "ConfigMap/orders-config.data.KAFKA_BOOTSTRAP_SERVERS",
                        "technology", "kafka", "configMap", "orders-config"))),
                arguments("the items of a List", "k8s/list.yaml", """
                        apiVersion: v1
                        kind: List
                        items:
                          - apiVersion: apps/v1
                            kind: Deployment
                            metadata: {name: api}
                            spec: {template: {spec: {containers: [{name: api, image: "api:2"}]}}}
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 5, "Deployment/api", "images", "api:2"))),
                arguments("an Argo CronWorkflow is a workflow and a schedule", "workflows/nightly.yaml", """
                        apiVersion: argoproj.io/v1alpha1
                        kind: CronWorkflow
                        metadata: {name: nightly-report}
                        spec:
                          schedule: "0 2 * * *"
                          timezone: Europe/Paris
                          workflowSpec:
                            entrypoint: main
                            templates:
                              - name: main
                                steps: [[{name: extract, template: extract}]]
                              - name: extract
                                container: {image: "report:1"}
                        """, List.of(Expected.of(ARGO_WORKFLOW, 2, "CronWorkflow/nightly-report", "kind", "CronWorkflow",
                                "entrypoint", "main", "templates", "main,extract", "schedule", "0 2 * * *"),
                        Expected.of(CRON, 5, "CronWorkflow/nightly-report.spec.schedule", "source", "argo-cronworkflow",
                                "schedule", "0 2 * * *", "timeZone", "Europe/Paris"))),
                arguments("an Argo Workflow running a template by reference", "workflows/run.yaml", """
                        apiVersion: argoproj.io/v1alpha1
                        kind: Workflow
                        metadata: {generateName: ingest-}
                        spec:
                          workflowTemplateRef: {name: ingest}
                        """, List.of(Expected.of(ARGO_WORKFLOW, 2, "Workflow/ingest-", "workflowTemplateRef", "ingest"))),
                arguments("a Kyverno ClusterPolicy", "policies/require-limits.yaml", """
                        apiVersion: kyverno.io/v1
                        kind: ClusterPolicy
                        metadata: {name: require-limits}
                        spec:
                          validationFailureAction: Enforce
                          rules:
                            - name: check-limits
                              match:
                                any:
                                  - resources: {kinds: [Pod]}
                              validate:
                                message: limits are required
                                pattern: {spec: {containers: [{resources: {limits: {memory: "?*"}}}]}}
                        """, List.of(Expected.of(KYVERNO_POLICY, 2, "ClusterPolicy/require-limits", "action", "Enforce",
                        "rules", "check-limits", "ruleTypes", "validate", "matchKinds", "Pod"))),
                arguments("a Gatekeeper ConstraintTemplate and a constraint made from it", "policies/labels.yaml", """
                        apiVersion: templates.gatekeeper.sh/v1
                        kind: ConstraintTemplate
                        metadata: {name: k8srequiredlabels}
                        spec:
                          crd: {spec: {names: {kind: K8sRequiredLabels}}}
                          targets:
                            - target: admission.k8s.gatekeeper.sh
                              rego: |
                                package k8srequiredlabels
                                violation[{"msg": msg}] { false }
                        ---
                        apiVersion: constraints.gatekeeper.sh/v1beta1
                        kind: K8sRequiredLabels
                        metadata: {name: must-have-owner}
                        spec:
                          enforcementAction: warn
                          match: {kinds: [{apiGroups: [""], kinds: [Namespace]}]}
                        """, List.of(Expected.of(GATEKEEPER_CONSTRAINT, 2, "ConstraintTemplate/k8srequiredlabels",
                                "role", "template", "constraintKind", "K8sRequiredLabels",
                                "targets", "admission.k8s.gatekeeper.sh", "regoPackage", "k8srequiredlabels"),
                        Expected.of(GATEKEEPER_CONSTRAINT, 13, "K8sRequiredLabels/must-have-owner", "role", "constraint",
                                "enforcementAction", "warn", "matchKinds", "Namespace"))),
                arguments("a manifest outside any deployment folder, recognized by content", "orders/deployment.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: orders}
                        spec: {template: {spec: {containers: [{name: orders, image: "orders:1"}]}}}
                        """, List.of(Expected.of(KUBERNETES_WORKLOAD, 2, "Deployment/orders"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void reportsWhatEachObjectDeclaresAtItsLine(String description, String path, String content, List<Expected> expected) {
        List<Finding> findings = detect(path, content);

        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i)).matches(expected.get(i)::matches, expected.get(i).toString());
            assertThat(findings.get(i).source()).isEqualTo(Finding.DEPLOYMENT_DESCRIPTOR);
        }
    }

    static Stream<Arguments> appLabels() {
        return Stream.of(
                arguments("the pod template's service label (robot-shop's payment-fix)", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: payment-fix, labels: {service: payment-old}}
                        spec:
                          template:
                            metadata: {labels: {service: payment, stage: test}}
                            spec: {containers: [{name: payment-fix, image: robotshop/rs-payment-fix:latest}]}
                        """, "payment"),
                arguments("the recommended name label before app", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: orders-canary}
                        spec:
                          template:
                            metadata: {labels: {app: shop, app.kubernetes.io/name: orders}}
                            spec: {containers: [{name: orders, image: acme/orders:2}]}
                        """, "orders"),
                arguments("a Pod's own labels", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: debug, labels: {app: orders}}
                        spec: {containers: [{name: debug, image: busybox}]}
                        """, "orders"),
                arguments("no label where it repeats the workload's name", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: orders}
                        spec:
                          template:
                            metadata: {labels: {app: orders}}
                            spec: {containers: [{name: orders, image: acme/orders:2}]}
                        """, ""),
                arguments("no label where only a group is named", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: orders}
                        spec:
                          template:
                            metadata: {labels: {app.kubernetes.io/part-of: shop, tier: backend}}
                            spec: {containers: [{name: orders, image: acme/orders:2}]}
                        """, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appLabels")
    void readsTheAppThePodsAreLabelledWithWhereItIsNotTheWorkloadsName(String description, String content, String expected) {
        Finding workload = detect("k8s/workload.yaml", content).get(0);

        assertThat(workload.attribute(KubernetesWorkloads.APP_LABEL)).isEqualTo(expected);
    }

    static Stream<Arguments> notManifests() {
        return Stream.of(
                arguments("a patch that deletes a Deployment (microservices-demo's without-loadgenerator)",
                        "kustomize/components/without-loadgenerator/delete-loadgenerator.patch.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: loadgenerator
                        $patch: delete
                        """),
                arguments("a Backstage entity", "deploy/catalog.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Component
                        metadata: {name: orders}
                        """),
                arguments("a Deployment kind of another API group", "k8s/custom.yaml", """
                        apiVersion: example.com/v1
                        kind: Deployment
                        metadata: {name: orders}
                        spec: {template: {spec: {containers: [{name: x, image: "x"}]}}}
                        """),
                arguments("a Service, which is neither workload nor ingress", "k8s/service.yaml", """
                        apiVersion: v1
                        kind: Service
                        metadata: {name: orders}
                        spec: {type: LoadBalancer, ports: [{port: 80}]}
                        """),
                arguments("a manifest quoted in a ConfigMap", "k8s/templates-cm.yaml", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata: {name: job-template}
                        data:
                          job.yaml: |
                            apiVersion: batch/v1
                            kind: Job
                        """),
                arguments("YAML without apiVersion", "k8s/notes.yaml", """
                        kind: Deployment
                        name: orders
                        """),
                arguments("a manifest among tests", "src/test/resources/k8s/deployment.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: orders}
                        spec: {template: {spec: {containers: [{name: orders, image: "orders:1"}]}}}
                        """),
                arguments("a manifest among examples", "examples/deployment.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: orders}
                        spec: {template: {spec: {containers: [{name: orders, image: "orders:1"}]}}}
                        """),
                arguments("a Compose file", "deploy/docker-compose.yml", """
                        services:
                          web: {image: "nginx", labels: {kind: web, apiVersion: x}}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notManifests")
    void reportsNothingForWhatIsNotAKubernetesObjectInADeployment(String description, String path, String content) {
        assertThat(detect(path, content)).isEmpty();
    }

    @Test
    void readsAManifestNamedLikeConfigurationButLeavesItsEndpointsToTheConfigurationDetector() {
        String manifest = """
                apiVersion : apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          image: web:1
                          env: [{name: API_URL, value: "http://api.internal:8080"}]
                """;

        assertThat(detect("web/application-web.yaml", manifest)).singleElement()
                .matches(Expected.of(KUBERNETES_WORKLOAD, 2, "Deployment/web")::matches);
    }

    @Test
    void refusesMalformedYaml() {
        assertThatThrownBy(() -> detect("k8s/broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: [a\n  b: c\n"))
                .isInstanceOf(MalformedDocumentException.class).hasMessageStartingWith("malformed-yaml: ");
    }

    @Test
    void readsAManifestThatIsYamlOnlyOnceRenderedLineByLine() {
        String jinja = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders
                spec:
                  replicas: {{ replicas }}
                  template: {{ pod_template | indent(4) }}
                  {% if debug %}debug: true{% endif %}
                """;

        assertThat(detect("deploy/orders.yaml", jinja)).singleElement().matches(Expected.of(KUBERNETES_WORKLOAD, 2,
                "Deployment/orders", "templated", "true", "name", "orders")::matches);
    }
}
