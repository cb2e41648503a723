package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.TEMPORAL_WORKFLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemporalWorkflowDetectorTest {

    private final TemporalWorkflowDetector detector = new TemporalWorkflowDetector();

    static Stream<Arguments> workflows() {
        return Stream.of(
                arguments("a Java workflow interface", "orders/src/main/java/shop/OrderWorkflow.java", """
                        package shop;

                        import io.temporal.workflow.WorkflowInterface;
                        import io.temporal.workflow.WorkflowMethod;

                        @WorkflowInterface
                        public interface OrderWorkflow {
                            @WorkflowMethod
                            void place(String orderId);
                        }
                        """, List.of(Expected.of(TEMPORAL_WORKFLOW, 6, "OrderWorkflow", "sdk", "java", "role", "definition",
                        "workflow", "OrderWorkflow"))),
                arguments("a Java worker registering implementations", "orders/src/main/java/shop/Worker.java", """
                        import io.temporal.worker.WorkerFactory;

                        class Workers {
                            void start(WorkerFactory factory) {
                                factory.newWorker("orders").registerWorkflowImplementationTypes(OrderWorkflowImpl.class);
                            }
                        }
                        """, List.of(Expected.of(TEMPORAL_WORKFLOW, 5, "worker", "sdk", "java", "role", "worker"))),
                arguments("a Go workflow function and its activity calls", "internal/workflows/order.go", """
                        package workflows

                        import (
                        	"time"

                        	"go.temporal.io/sdk/workflow"
                        )

                        func OrderWorkflow(ctx workflow.Context, id string) error {
                        	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: time.Minute})
                        	if err := workflow.ExecuteActivity(ctx, Reserve, id).Get(ctx, nil); err != nil {
                        		return err
                        	}
                        	return workflow.ExecuteActivity(ctx, Charge, id).Get(ctx, nil)
                        }

                        func helper(id string) string { return id }
                        """, List.of(Expected.of(TEMPORAL_WORKFLOW, 9, "OrderWorkflow", "sdk", "go", "workflow", "OrderWorkflow",
                        "activityCalls", "2", "childWorkflowCalls", "0"))),
                arguments("helpers taking a workflow.Context, methods and unexported functions, are no workflows (samples-go "
                        + "batch-sliding-window)", "batch-sliding-window/sliding_window_workflow.go", """
                        package batch_sliding_window

                        import "go.temporal.io/sdk/workflow"

                        func SlidingWindowWorkflow(ctx workflow.Context, input ProcessBatchWorkflowInput) (recordCount int, err error) {
                        	return (&SlidingWindow{}).Execute(ctx)
                        }

                        func (s *SlidingWindow) Execute(ctx workflow.Context) (recordCount int, err error) {
                        	return s.continueAsNewOrComplete(ctx)
                        }

                        func (s *SlidingWindow) continueAsNewOrComplete(ctx workflow.Context) (int, error) {
                        	return 0, nil
                        }

                        func recordCompletion(ctx workflow.Context, id int) {}
                        """, List.of(Expected.of(TEMPORAL_WORKFLOW, 5, "SlidingWindowWorkflow", "workflow", "SlidingWindowWorkflow"))),
                arguments("a Python workflow class", "app/workflows.py", """
                        from datetime import timedelta
                        from temporalio import workflow

                        with workflow.unsafe.imports_passed_through():
                            from app.activities import charge

                        @workflow.defn(name="Payment")
                        class PaymentWorkflow:
                            @workflow.run
                            async def run(self, order_id: str) -> str:
                                return await workflow.execute_activity(charge, order_id,
                                                                       start_to_close_timeout=timedelta(seconds=30))
                        """, List.of(Expected.of(TEMPORAL_WORKFLOW, 7, "PaymentWorkflow", "sdk", "python",
                        "workflow", "PaymentWorkflow", "activityCalls", "1"))),
                arguments("a Python workflow whose decorator spans lines", "app/versioned.py", """
                        from temporalio import workflow

                        @workflow.defn(
                            name="Pinned", versioning_behavior=common.VersioningBehavior.PINNED
                        )
                        class PinnedWorkflow:
                            pass
                        """, List.of(Expected.of(TEMPORAL_WORKFLOW, 3, "PinnedWorkflow", "workflow", "PinnedWorkflow"))),
                arguments("TypeScript workflows proxying activities", "src/workflows.ts", """
                        import { proxyActivities } from '@temporalio/workflow';
                        import type * as activities from './activities';

                        const { charge } = proxyActivities<typeof activities>({ startToCloseTimeout: '1 minute' });

                        export async function payment(orderId: string): Promise<void> {
                          await charge(orderId);
                        }
                        """, List.of(Expected.of(TEMPORAL_WORKFLOW, 6, "payment", "sdk", "typescript", "workflow", "payment"))),
                arguments("a TypeScript activities module is not a workflow", "src/activities.ts", """
                        import { Context } from '@temporalio/activity';
                        export async function charge(orderId: string): Promise<void> {}
                        """, List.of()),
                arguments("an annotation in a comment", "src/main/java/shop/Notes.java", """
                        import io.temporal.client.WorkflowClient;
                        // @WorkflowInterface public interface Legacy {}
                        class Notes {}
                        """, List.of()),
                arguments("a workflow.Context parameter without the SDK", "internal/flow/flow.go", """
                        package flow

                        func Run(ctx workflow.Context) error { return nil }
                        """, List.of()),
                arguments("a workflow in a test", "src/test/java/shop/TestWorkflow.java", """
                        import io.temporal.workflow.WorkflowInterface;
                        @WorkflowInterface
                        interface TestWorkflow {}
                        """, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void reportsWorkflowDefinitionsAndWorkers(String description, String path, String content, List<Expected> expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i)).matches(expected.get(i)::matches, expected.get(i).toString());
        }
    }
}
