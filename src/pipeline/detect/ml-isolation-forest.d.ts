// Types for ml-isolation-forest 0.1.0, which ships none: only the parts the wrapper uses.
declare module "ml-isolation-forest" {
  /** A node of a trained tree: inner nodes have both children, leaves keep their rows. */
  export interface IsolationTreeNode {
    left?: IsolationTreeNode;
    right?: IsolationTreeNode;
    splitColumn?: number;
    splitValue?: number;
    trainingSet?: number[][];
  }

  export class IsolationForest {
    constructor(options?: { nEstimators?: number });
    forest: IsolationTreeNode[];
    trainingSet: { length: number };
    train(trainingSet: number[][]): void;
    predict(data: number[][]): number[];
  }
}
