/**
 * Publishing a built site to S3-compatible object storage (AWS S3, Cloudflare R2, MinIO, Google Cloud
 * Storage): {@link org.officialvoices.publish.SiteScanner} hashes the local files,
 * {@link org.officialvoices.publish.DeployPlan} compares them with the bucket's listing and manifest as plain
 * values, and {@link org.officialvoices.publish.Deployer} carries the plan out through an
 * {@link org.officialvoices.publish.ObjectStore}: assets first, then pages, then indexes, then the manifest,
 * and deletions last.
 */
package org.officialvoices.publish;
