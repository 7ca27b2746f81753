/**
 * Stand-in for `@smithy/core/event-streams`, swapped in at bundle time by the base function construct.
 * Event streams serve operations such as S3 SelectObjectContent; the functions here call GetObject and
 * DynamoDB item operations only, so the codec (~14 KiB minified) never runs. The S3 client still wires a
 * marshaller into its configuration at construction, so that part keeps its shape and fails only if used.
 */

const notBundled = (): never => {
  throw new Error('AWS SDK event streams are not bundled into this Lambda function');
};

export const resolveEventStreamSerdeConfig = <T extends { eventStreamSerdeProvider: (input: T) => unknown }>(
  input: T,
): T & { eventStreamMarshaller: ReturnType<T['eventStreamSerdeProvider']> } =>
  Object.assign(input, {
    eventStreamMarshaller: input.eventStreamSerdeProvider(input) as ReturnType<T['eventStreamSerdeProvider']>,
  });

export const eventStreamSerdeProvider = () => ({ serialize: notBundled, deserialize: notBundled });

export class EventStreamSerde {
  constructor() {
    notBundled();
  }
}
