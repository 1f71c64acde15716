/**
 * @generated SignedSource<<1ececf7547b08fe924a62af7837dcb50>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type EventList_event$data = {
  readonly host: {
    readonly code: string;
  };
  readonly id: string;
  readonly seatsRemaining: number | null | undefined;
  readonly startsAt: any;
  readonly title: {
    readonly text: string;
  };
  readonly " $fragmentType": "EventList_event";
};
export type EventList_event$key = {
  readonly " $data"?: EventList_event$data;
  readonly " $fragmentSpreads": FragmentRefs<"EventList_event">;
};

import EventListEventRefetchQuery_graphql from './EventListEventRefetchQuery.graphql';

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "refetch": {
      "connection": null,
      "fragmentPathInResult": [
        "node"
      ],
      "operation": EventListEventRefetchQuery_graphql,
      "identifierInfo": {
        "identifierField": "id",
        "identifierQueryVariableName": "id"
      }
    }
  },
  "name": "EventList_event",
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "title",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "text",
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "startsAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "seatsRemaining",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Ministry",
      "kind": "LinkedField",
      "name": "host",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "code",
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    }
  ],
  "type": "Event",
  "abstractKey": null
};

(node as any).hash = "0ee696503eced6ef36ba6459d5c81923";

export default node;
