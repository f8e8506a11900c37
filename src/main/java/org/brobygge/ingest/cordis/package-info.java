/**
 * CORDIS in: the European Commission's CSV exports of framework-programme projects ({@code
 * project.csv}) and their participants ({@code organization.csv}), filtered to a region and read
 * into actors and co-participation ties (README, "Importing CORDIS"). Written through {@link
 * org.brobygge.ingest.NativeImporter#importData}, all or nothing like the native import.
 */
package org.brobygge.ingest.cordis;
