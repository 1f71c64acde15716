/**
 * @generated SignedSource<<5dc9cb2bb5bc8e2ad92c419599d26083>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type RegistrantKind = "COMPANY" | "INDIVIDUAL" | "LOCAL_GOVERNMENT" | "ORGANIZATION" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type EventList_registrants$data = {
  readonly registrants: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly kind: RegistrantKind;
        readonly name: string | null | undefined;
      };
    }>;
  };
  readonly " $fragmentType": "EventList_registrants";
};
export type EventList_registrants$key = {
  readonly " $data"?: EventList_registrants$data;
  readonly " $fragmentSpreads": FragmentRefs<"EventList_registrants">;
};

import EventListRegistrantsPaginationQuery_graphql from './EventListRegistrantsPaginationQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = [
  "registrants"
];
return {
  "argumentDefinitions": [
    {
      "defaultValue": 20,
      "kind": "LocalArgument",
      "name": "count"
    },
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "cursor"
    },
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "fiscalYear"
    }
  ],
  "kind": "Fragment",
  "metadata": {
    "connection": [
      {
        "count": "count",
        "cursor": "cursor",
        "direction": "forward",
        "path": (v0/*:: as any*/)
      }
    ],
    "refetch": {
      "connection": {
        "forward": {
          "count": "count",
          "cursor": "cursor"
        },
        "backward": null,
        "path": (v0/*:: as any*/)
      },
      "fragmentPathInResult": [],
      "operation": EventListRegistrantsPaginationQuery_graphql
    }
  },
  "name": "EventList_registrants",
  "selections": [
    {
      "alias": "registrants",
      "args": [
        {
          "fields": [
            {
              "kind": "Variable",
              "name": "fiscalYear",
              "variableName": "fiscalYear"
            }
          ],
          "kind": "ObjectValue",
          "name": "filter"
        }
      ],
      "concreteType": "RegistrantConnection",
      "kind": "LinkedField",
      "name": "__EventList_registrants_connection",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "RegistrantEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "Registrant",
              "kind": "LinkedField",
              "name": "node",
              "plural": false,
              "selections": [
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "id",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "name",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "kind",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "__typename",
                  "storageKey": null
                }
              ],
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "cursor",
              "storageKey": null
            }
          ],
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "PageInfo",
          "kind": "LinkedField",
          "name": "pageInfo",
          "plural": false,
          "selections": [
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "endCursor",
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "hasNextPage",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Query",
  "abstractKey": null
};
})();

(node as any).hash = "53d93a27c891cba25c6df914adba6cbc";

export default node;
