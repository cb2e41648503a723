package dev.scaleprojection.bench;

import java.util.Random;

/** Kubernetes manifests of one synthetic service: a Deployment, a Service, sometimes an autoscaler. */
final class ServiceManifests {

    private ServiceManifests() {
    }

    static String deployment(String name, int index, Random random) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %1$s
                  namespace: shop
                  labels:
                    app: %1$s
                spec:
                  replicas: %2$d
                  selector:
                    matchLabels:
                      app: %1$s
                  template:
                    metadata:
                      labels:
                        app: %1$s
                    spec:
                      containers:
                        - name: %1$s
                          image: ghcr.io/acme/%1$s:1.%3$d.0
                          ports:
                            - containerPort: 8080
                          env:
                            - name: DATABASE_URL
                              value: jdbc:postgresql://%1$s-db.shop.svc:5432/%4$s
                            - name: UPSTREAM_URL
                              value: http://%5$s/api
                            - name: LOG_LEVEL
                              value: info
                          resources:
                            limits: {cpu: "1", memory: 1Gi}
                            requests: {cpu: 250m, memory: 512Mi}
                          readinessProbe:
                            httpGet: {path: /health, port: 8080}
                """.formatted(name, 1 + random.nextInt(3), index, name.replace('-', '_'), SyntheticSourceTree.host(random));
    }

    static String service(String name) {
        return """
                apiVersion: v1
                kind: Service
                metadata:
                  name: %1$s
                  namespace: shop
                spec:
                  selector:
                    app: %1$s
                  ports:
                    - port: 80
                      targetPort: 8080
                """.formatted(name);
    }

    static String autoscaler(String name, int min) {
        return """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata:
                  name: %1$s
                  namespace: shop
                spec:
                  scaleTargetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: %1$s
                  minReplicas: %2$d
                  maxReplicas: %3$d
                  metrics:
                    - type: Resource
                      resource:
                        name: cpu
                        target: {type: Utilization, averageUtilization: 70}
                """.formatted(name, min, min * 4);
    }
}
