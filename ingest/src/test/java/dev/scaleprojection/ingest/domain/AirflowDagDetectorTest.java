package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.AIRFLOW_DAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AirflowDagDetectorTest {

    private final AirflowDagDetector detector = new AirflowDagDetector();

    static Stream<Arguments> dags() {
        return Stream.of(
                arguments("a DAG opened with 'with'", "dags/orders_export.py", """
                        from datetime import datetime
                        from airflow import DAG
                        from airflow.operators.bash import BashOperator
                        from airflow.providers.postgres.operators.postgres import PostgresOperator

                        with DAG(
                            "orders_export",  # the id, positional
                            schedule="@daily",
                            start_date=datetime(2024, 1, 1),
                            catchup=False,
                        ) as dag:
                            extract = PostgresOperator(task_id="extract", sql="select 1")
                            ship = BashOperator(task_id="ship", bash_command="echo ship")
                            extract >> ship
                        """, List.of(Expected.of(AIRFLOW_DAG, 6, "dag.orders_export", "dagId", "orders_export",
                        "schedule", "@daily", "catchup", "False", "operators", "BashOperator,PostgresOperator", "tasks", "2"))),
                arguments("a DAG assigned with keyword arguments", "airflow/dags/cleanup.py", """
                        import airflow
                        from airflow.models import DAG
                        from airflow.sensors.external_task import ExternalTaskSensor

                        dag = DAG(dag_id="cleanup", schedule_interval=timedelta(hours=6))
                        wait = ExternalTaskSensor(task_id="wait", external_dag_id="orders_export", dag=dag)
                        """, List.of(Expected.of(AIRFLOW_DAG, 5, "dag.cleanup", "dagId", "cleanup",
                        "schedule", "timedelta(hours=6)", "operators", "ExternalTaskSensor", "tasks", "1"))),
                arguments("a TaskFlow @dag named after its function", "dags/etl.py", """
                        from airflow.decorators import dag, task

                        @dag(schedule="0 * * * *", catchup=False)
                        def hourly_etl():
                            @task
                            def extract():
                                return 1

                            @task()
                            def load(value):
                                print(value)

                            load(extract())

                        hourly_etl()
                        """, List.of(Expected.of(AIRFLOW_DAG, 3, "dag.hourly_etl", "dagId", "hourly_etl",
                        "schedule", "0 * * * *", "tasks", "2"))),
                arguments("no Airflow import", "pipelines/dag.py", """
                        from graphlib import DAG

                        graph = DAG("not airflow")
                        """, List.of()),
                arguments("a DAG only in comments and strings", "dags/notes.py", """
                        import airflow
                        # dag = DAG("commented_out")
                        HELP = "call DAG('x') to start"
                        """, List.of()),
                arguments("a DAG in a test", "tests/dags/test_orders_export.py", """
                        from airflow import DAG
                        dag = DAG("test_dag")
                        """, List.of()),
                arguments("a subclass of DAG is not a definition", "plugins/custom.py", """
                        from airflow.models.dag import DAG

                        class TeamDAG(DAG):
                            def __init__(self, *args, **kwargs):
                                super().__init__(*args, **kwargs)
                        """, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dags")
    void reportsEachDagDefinition(String description, String path, String content, List<Expected> expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i)).matches(expected.get(i)::matches, expected.get(i).toString());
        }
    }
}
