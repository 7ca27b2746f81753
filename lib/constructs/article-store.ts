import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { FunctionWithEnvironment } from './tag-table.js';

/** Environment variable through which handlers learn the article bucket name. */
export const BUCKET_NAME_ENV = 'BUCKET_NAME';

export interface ArticleStoreProps {
  /**
   * Keep the buckets (and the articles) when the stack is deleted; `DESTROY` also empties them, for
   * throwaway dev stacks.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Days after which server access logs expire.
   * @default 90
   */
  readonly accessLogExpirationDays?: number;
}

/**
 * The bucket articles are uploaded to: private, TLS only, S3-managed encryption, versioned (an overwrite
 * keeps the earlier article), with server access logs in a second bucket. Names are left to CloudFormation
 * so two stacks never collide.
 */
export class ArticleStore extends Construct {
  readonly bucket: Bucket;
  readonly accessLogsBucket: Bucket;

  constructor(scope: Construct, id: string, props: ArticleStoreProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const destroy = removalPolicy === RemovalPolicy.DESTROY;

    this.accessLogsBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      // The log delivery service writes with bucket-owner-enforced ownership and a bucket policy grant.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(props.accessLogExpirationDays ?? 90) }],
      removalPolicy,
      autoDeleteObjects: destroy,
    });
    Validations.of(this.accessLogsBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log destination; logging it to itself would loop and to another bucket would only move the finding.',
    });

    this.bucket = new Bucket(this, 'Articles', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'articles/',
      lifecycleRules: [
        {
          // Old versions exist for recovery, not as a second copy forever.
          noncurrentVersionExpiration: Duration.days(30),
        },
      ],
      removalPolicy,
      autoDeleteObjects: destroy,
    });
  }

  /**
   * Lets the function read articles under `keyPrefix` — `s3:GetObject`, plus `s3:ListBucket` on the bucket,
   * never a write or delete — and tells it the bucket name.
   *
   * Without `s3:ListBucket`, S3 answers a GetObject for a key that no longer exists with 403 AccessDenied
   * instead of 404 NoSuchKey; the reader would then treat an object deleted after its event (or after the
   * backfill listed it) as a failure and retry it into the dead-letter queue instead of skipping it. The
   * grant carries no `s3:prefix` condition because that 404 check has no prefix to test.
   */
  grantReadArticles(fn: FunctionWithEnvironment, keyPrefix = ''): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${keyPrefix}*`)],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    fn.addEnvironment(BUCKET_NAME_ENV, this.bucket.bucketName);
  }
}
